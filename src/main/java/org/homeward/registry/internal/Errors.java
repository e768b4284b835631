package org.homeward.registry.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.homeward.shared.FieldError;
import org.homeward.shared.ValidationException;

/** Collects field problems so that a rejected request lists all of them in one answer. */
final class Errors {

    private static final Pattern PCODE_SHAPE = Pattern.compile("SY\\d{2}(?:\\d{2}){0,3}|C\\d{4}");

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
            add(field, "invalid", "not one of " + allowed(type));
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

    /**
     * A value to name in a message: only a P-code-shaped one (SY07, SY0703, C4121), which no name, phone or
     * document number resembles. Anything else a client sent in a code field may be personal data sent in the
     * wrong place (a name in {@code sex}, a passport number in {@code nationality}), and is never repeated.
     */
    static String quotedIfPcode(String value) {
        return value != null && PCODE_SHAPE.matcher(value).matches() ? " '" + value + "'" : "";
    }
}
