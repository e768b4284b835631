package org.homeward.geography.web;

import java.util.List;
import org.homeward.shared.InvalidParameterException;
import org.homeward.shared.Page;

/** Request parameters that need more than a type conversion, with refusals that name the parameter. */
final class Params {

    private Params() {}

    /** An administrative level 1-4, or null when absent. */
    static Integer level(String name, String value) {
        return level(name, value, 4);
    }

    static Integer level(String name, String value, int highest) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String expected = highest == 4 ? "1, 2, 3 or 4" : "1 or 2";
        try {
            int level = Integer.parseInt(value.strip());
            if (level < 1 || level > highest) {
                throw new InvalidParameterException(name, value, expected);
            }
            return level;
        } catch (NumberFormatException e) {
            throw new InvalidParameterException(name, value, expected);
        }
    }

    /** A complete short list as one page, so every list answers {"items": [...], "total": N}. */
    static <T> Page<T> whole(List<T> items) {
        return new Page<>(items, items.size(), 0, items.size());
    }
}
