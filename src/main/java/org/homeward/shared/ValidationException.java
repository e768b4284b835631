package org.homeward.shared;

import java.util.List;

/** A request rejected for one or more field problems, all listed at once (400 with an {@code errors} array). */
public class ValidationException extends RuntimeException {

    private final List<FieldError> errors;

    public ValidationException(List<FieldError> errors) {
        super(errors.size() + " problem(s) in the request");
        this.errors = List.copyOf(errors);
    }

    public List<FieldError> errors() {
        return errors;
    }
}
