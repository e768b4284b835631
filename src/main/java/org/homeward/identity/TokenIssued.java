package org.homeward.identity;

import java.time.Instant;

/** A personal access token was issued (the event never carries the secret). */
public record TokenIssued(long userId, long tokenId, Instant expiresAt) {}
