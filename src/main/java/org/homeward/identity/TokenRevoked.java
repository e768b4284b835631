package org.homeward.identity;

/** A personal access token was revoked. */
public record TokenRevoked(long userId, long tokenId) {}
