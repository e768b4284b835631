package org.homeward.registry.web;

import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** Small text helpers of the registry pages. */
final class Texts {

    private Texts() {}

    static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }

    static String blankToNull(String text) {
        return isBlank(text) ? null : text.strip();
    }

    /** Name parts joined by spaces, empty parts left out; null when there is none. */
    static String joined(String... parts) {
        String joined = Stream.of(parts)
                .filter(Objects::nonNull)
                .filter(part -> !part.isBlank())
                .collect(Collectors.joining(" "));
        return joined.isEmpty() ? null : joined;
    }
}
