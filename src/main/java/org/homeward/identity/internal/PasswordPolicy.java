package org.homeward.identity.internal;

import java.util.ArrayList;
import java.util.List;
import org.homeward.shared.FieldError;

/**
 * What a new password must be. Length is what matters (NIST SP 800-63B): at least 12 characters, no
 * composition rules. The upper bound only keeps hashing cost bounded.
 */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 12;
    public static final int MAX_LENGTH = 256;

    private PasswordPolicy() {}

    /** The problems with {@code password} for the user {@code username}, reported against {@code field}. */
    public static List<FieldError> check(String field, String password, String username) {
        List<FieldError> problems = new ArrayList<>();
        if (password == null || password.isEmpty()) {
            problems.add(new FieldError(field, "required", "a password is required"));
        } else if (password.codePointCount(0, password.length()) < MIN_LENGTH) {
            problems.add(new FieldError(field, "too-short", "must have at least " + MIN_LENGTH + " characters"));
        } else if (password.length() > MAX_LENGTH) {
            problems.add(new FieldError(field, "too-long", "must have at most " + MAX_LENGTH + " characters"));
        } else if (username != null && password.strip().equalsIgnoreCase(username.strip())) {
            problems.add(new FieldError(field, "equals-username", "must not be the username"));
        }
        return problems;
    }
}
