package org.homeward.returns.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import org.homeward.shared.FieldError;
import org.homeward.shared.ValidationException;
import org.springframework.util.MultiValueMap;

/**
 * Reads the fields of a posted form. A value that cannot be read (a malformed date, an unknown choice) is refused
 * like any other field problem, naming the field, so that the page shows it next to the field.
 */
final class Forms {

    private final MultiValueMap<String, String> form;
    private final List<FieldError> errors = new ArrayList<>();

    Forms(MultiValueMap<String, String> form) {
        this.form = form;
    }

    String text(String field) {
        String value = form.getFirst(field);
        return value == null || value.isBlank() ? null : value;
    }

    LocalDate date(String field) {
        String value = text(field);
        if (value == null) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            errors.add(new FieldError(field, "invalid-date", "a date (YYYY-MM-DD)"));
            return null;
        }
    }

    Integer number(String field) {
        String value = text(field);
        if (value == null) {
            return null;
        }
        try {
            return Integer.valueOf(value.strip());
        } catch (NumberFormatException e) {
            errors.add(new FieldError(field, "invalid-number", "a whole number"));
            return null;
        }
    }

    List<UUID> ids(String field) {
        List<UUID> ids = new ArrayList<>();
        List<String> values = form.getOrDefault(field, List.of());
        for (String value : values) {
            try {
                ids.add(UUID.fromString(value.strip()));
            } catch (IllegalArgumentException e) {
                errors.add(new FieldError(field, "invalid", "member ids"));
            }
        }
        return ids;
    }

    UUID id(String field) {
        String value = text(field);
        if (value == null) {
            return null;
        }
        try {
            return UUID.fromString(value.strip());
        } catch (IllegalArgumentException e) {
            errors.add(new FieldError(field, "invalid", "an id"));
            return null;
        }
    }

    <E extends Enum<E>> E choice(String field, Class<E> type) {
        String value = text(field);
        if (value == null) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            errors.add(new FieldError(field, "invalid", "one of " + EnumSet.allOf(type)));
            return null;
        }
    }

    <E extends Enum<E>> Set<E> choices(String field, Class<E> type) {
        Set<E> chosen = EnumSet.noneOf(type);
        for (String value : form.getOrDefault(field, List.of())) {
            try {
                chosen.add(Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT)));
            } catch (IllegalArgumentException e) {
                errors.add(new FieldError(field, "invalid", "one of " + EnumSet.allOf(type)));
            }
        }
        return chosen;
    }

    /** Refuses the form if any field could not be read. */
    /** Ticked boxes of {@code field}, at least one: a form that lists people never means "nobody". */
    List<UUID> someIds(String field) {
        List<UUID> ids = ids(field);
        if (ids.isEmpty() && form.getOrDefault(field, List.of()).isEmpty()) {
            errors.add(new FieldError(field, "required", "tick at least one member"));
        }
        return ids;
    }

    void check() {
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
    }
}
