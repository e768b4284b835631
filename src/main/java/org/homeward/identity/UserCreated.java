package org.homeward.identity;

import java.util.List;

/** A user was created. */
public record UserCreated(long userId, String username, Role role, long organisationId, List<String> areas) {}
