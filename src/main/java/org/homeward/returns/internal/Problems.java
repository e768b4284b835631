package org.homeward.returns.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.homeward.shared.FieldError;
import org.homeward.shared.ValidationException;

/** Collects every problem with a request's fields, to refuse them all at once (400 naming each field). */
final class Problems {

    static final int MAX_TEXT = 200;
    static final int MAX_REASON = 1000;

    private final List<FieldError> errors = new ArrayList<>();

    Problems add(String field, String code, String message) {
        errors.add(new FieldError(field, code, message));
        return this;
    }

    boolean isEmpty() {
        return errors.isEmpty();
    }

    /** A date that happened: required and not after today. */
    void pastDate(String field, LocalDate date, LocalDate today) {
        if (date == null) {
            add(field, "required", "a date (YYYY-MM-DD)");
        } else if (date.isAfter(today)) {
            add(field, "future-date", "may not be in the future");
        }
    }

    /** {@code date} may not be before {@code earlier}, the date of the step it follows. */
    void notBefore(String field, LocalDate date, LocalDate earlier, String code, String what) {
        if (date != null && earlier != null && date.isBefore(earlier)) {
            add(field, code, "may not be before the " + what + " (" + earlier + ")");
        }
    }

    /** A required short text without control characters; answers it stripped. */
    String text(String field, String value, int max) {
        String text = optionalText(field, value, max);
        if (text == null) {
            add(field, "required", "1 to " + max + " characters");
        }
        return text;
    }

    /** An optional text: null when blank, refused when too long or with control characters; answers it stripped. */
    String optionalText(String field, String value, int max) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String text = value.strip();
        if (text.length() > max) {
            add(field, "too-long", "at most " + max + " characters");
        } else if (text.chars().anyMatch(c -> Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t')) {
            add(field, "control-characters", "may not contain control characters");
        }
        return text;
    }

    void throwIfAny() {
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
    }
}
