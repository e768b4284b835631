package org.homeward.returns.web;

import org.homeward.shared.InvalidParameterException;

/** ETags of cases are their versions: {@code "3"}. If-Match is optional on transitions. */
final class Versions {

    private Versions() {}

    static String etag(int version) {
        return "\"" + version + "\"";
    }

    /** The version named by an If-Match header ("3", W/"3" or 3), or null without one. */
    static Integer ifMatch(String header) {
        if (header == null || header.isBlank()) {
            return null;
        }
        String value = header.strip();
        if (value.startsWith("W/")) {
            value = value.substring(2);
        }
        value = value.replace("\"", "");
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw new InvalidParameterException("If-Match", header, "the ETag of the case, e.g. \"3\"");
        }
    }
}
