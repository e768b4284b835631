package org.homeward.identity;

import java.time.Instant;
import java.util.List;

/** A user as administrators see it: never the password hash. */
public record UserAccount(
        long id,
        String username,
        String displayName,
        Role role,
        long organisationId,
        String organisationCode,
        List<String> areas,
        boolean enabled,
        Instant createdAt,
        Instant lastLoginAt) {

    public UserAccount {
        areas = List.copyOf(areas);
    }
}
