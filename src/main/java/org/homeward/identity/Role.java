package org.homeward.identity;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * What a user may do. Each user has exactly one role, within one organisation and optionally limited to
 * areas. On the wire and in the database a role is its lower-case {@link #code()}; in Spring Security it is
 * the authority {@code ROLE_<NAME>}.
 */
public enum Role {
    ADMIN,
    COORDINATOR,
    CASEWORKER,
    ANALYST,
    PARTNER;

    /** The role as clients and the database name it: {@code admin}, {@code caseworker}, ... */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The Spring Security authority, for {@code hasRole('ADMIN')} and {@code hasAuthority('ROLE_ADMIN')}. */
    public String authority() {
        return "ROLE_" + name();
    }

    /** The role with this code (case-insensitive), or empty for anything else, including null. */
    public static Optional<Role> fromCode(String code) {
        if (code == null) {
            return Optional.empty();
        }
        String wanted = code.strip();
        return Arrays.stream(values())
                .filter(role -> role.code().equalsIgnoreCase(wanted))
                .findFirst();
    }

    /** All codes, for error messages: {@code admin, coordinator, caseworker, analyst, partner}. */
    public static String codes() {
        return Arrays.stream(values()).map(Role::code).collect(Collectors.joining(", "));
    }
}
