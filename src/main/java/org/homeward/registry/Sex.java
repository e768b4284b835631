package org.homeward.registry;

import java.util.Arrays;
import java.util.Optional;

/** Sex as recorded, with the one-letter codes of the API: f, m, x (other), u (unknown). */
public enum Sex {
    FEMALE("f"),
    MALE("m"),
    OTHER("x"),
    UNKNOWN("u");

    private final String code;

    Sex(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public static Optional<Sex> ofCode(String code) {
        return Arrays.stream(values()).filter(sex -> sex.code.equals(code)).findFirst();
    }
}
