package org.homeward.statistics;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * How a source qualified its number: "exactly", "more than", "less than" or "about" (see docs/reconciliation.md
 * for the interval each stands for).
 */
public enum Qualifier {
    EXACT,
    MORE_THAN,
    LESS_THAN,
    ABOUT;

    /** Accepts {@code MORE_THAN}, {@code more_than}, {@code more-than} and {@code more than}; empty otherwise. */
    public static Optional<Qualifier> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String wanted = text.strip().toUpperCase(Locale.ROOT).replace('-', '_').replace(' ', '_');
        return Arrays.stream(values()).filter(q -> q.name().equals(wanted)).findFirst();
    }

    public static String names() {
        return Arrays.stream(values()).map(Enum::name).collect(Collectors.joining(", "));
    }
}
