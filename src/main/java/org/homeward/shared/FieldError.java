package org.homeward.shared;

/** One problem with one field of a rejected request: which field, and what was expected. */
public record FieldError(String field, String code, String message) {}
