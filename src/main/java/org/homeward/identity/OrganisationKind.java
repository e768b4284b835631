package org.homeward.identity;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/** The kind of an organisation; on the wire and in the database its {@link #code()}, e.g. {@code un}. */
public enum OrganisationKind {
    GOVERNMENT,
    UN,
    RED_CROSS_RED_CRESCENT,
    NGO,
    OTHER;

    public String code() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public static Optional<OrganisationKind> fromCode(String code) {
        if (code == null) {
            return Optional.empty();
        }
        String wanted = code.strip();
        return Arrays.stream(values())
                .filter(kind -> kind.code().equalsIgnoreCase(wanted))
                .findFirst();
    }

    public static String codes() {
        return Arrays.stream(values()).map(OrganisationKind::code).collect(Collectors.joining(", "));
    }
}
