package org.homeward.identity;

import java.util.Set;

/**
 * What it takes to create a user; checked as a whole by {@link UserAdministration#createUser}, which lists
 * every problem at once.
 *
 * @param displayName optional; the username when blank
 * @param role null when the caller could not name a known role (reported as a problem with {@code role})
 * @param areas P-codes the user is limited to; empty or null for the whole country
 * @param password at least 12 characters
 */
public record NewUser(
        String username, String displayName, Role role, String organisationCode, Set<String> areas, String password) {

    public NewUser {
        areas = areas == null ? Set.of() : Set.copyOf(areas);
    }

    @Override
    public String toString() {
        // Never let a password reach a log line through toString().
        return "NewUser[username=" + username + ", role=" + role + ", organisationCode=" + organisationCode + ", areas="
                + areas + "]";
    }
}
