package org.homeward.exchange.export;

import org.homeward.shared.InvalidParameterException;

/** The stated purpose of a personal-data export, as the audit log stores it. */
final class Purposes {

    static final String EXPECTED = "why the personal data leaves the system: 5 to 500 characters, no line breaks";

    private Purposes() {}

    /** The purpose, stripped; null when none is given. */
    static String check(String purpose) {
        if (purpose == null || purpose.isBlank()) {
            return null;
        }
        String stripped = purpose.strip();
        boolean control = stripped.chars().anyMatch(Character::isISOControl);
        if (stripped.length() < 5 || stripped.length() > 500 || control) {
            throw new InvalidParameterException("purpose", "(withheld)", EXPECTED);
        }
        return stripped;
    }
}
