package org.homeward.registry.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.homeward.shared.FieldError;
import org.homeward.shared.ValidationException;

/** Collects field problems so that a rejected request lists all of them in one answer. */
final class Errors {

    private final List<FieldError> problems = new ArrayList<>();

    void add(String field, String code, String message) {
        problems.add(new FieldError(field, code, message));
    }

    boolean isEmpty() {
        return problems.isEmpty();
    }

    void throwIfAny() {
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
    }

    /** A required value of an enum, by its constant name. */
    <E extends Enum<E>> E enumValue(String field, String value, Class<E> type) {
        if (value == null || value.isBlank()) {
            add(field, "required", "required; one of " + allowed(type));
            return null;
        }
        try {
            return Enum.valueOf(type, value.strip());
        } catch (IllegalArgumentException e) {
            add(field, "invalid", "'" + abbreviate(value) + "' is not one of " + allowed(type));
            return null;
        }
    }

    /** Optional free text: stripped, blank as null, bounded in length, without control characters. */
    String text(String field, String value, int maxLength) {
        String text = TextRules.blankToNull(value);
        if (text == null) {
            return null;
        }
        if (text.length() > maxLength) {
            add(field, "too-long", "at most " + maxLength + " characters; got " + text.length());
        }
        if (TextRules.hasControlCharacters(text)) {
            add(field, "control-characters", "contains control characters");
        }
        return text;
    }

    private static String allowed(Class<? extends Enum<?>> type) {
        return Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "));
    }

    /** Only what looks like a code is echoed: a client that sends a name in a code field must not see it back. */
    private static String abbreviate(String value) {
        return value.matches("[A-Za-z0-9_.-]{1,32}") ? value : "(value withheld)";
    }
}
