package org.homeward.shared;

/**
 * Versions as ETags, the one way every module reads them: a record at version 3 has the ETag {@code "3"}, and an
 * If-Match header may name it as {@code "3"}, {@code W/"3"} or {@code 3}. Weak and strong forms are accepted alike
 * because the version number is all a client can send back.
 */
public final class IfMatch {

    private IfMatch() {}

    /** The ETag of a version: {@code "3"}. */
    public static String etag(int version) {
        return "\"" + version + "\"";
    }

    /**
     * The version an optional If-Match header names, or null without one (or with {@code *}: any version).
     *
     * @param kind what the ETag belongs to ("case", "household"), for the 400 a malformed header gets
     */
    public static Integer optional(String header, String kind) {
        if (header == null || header.isBlank() || header.strip().equals("*")) {
            return null;
        }
        String value = header.strip();
        if (value.startsWith("W/")) {
            value = value.substring(2);
        }
        if (value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")) {
            value = value.substring(1, value.length() - 1);
        }
        try {
            int version = Integer.parseInt(value);
            if (version >= 0) {
                return version;
            }
        } catch (NumberFormatException e) {
            // answered below, naming the header
        }
        throw new InvalidParameterException("If-Match", header, "the ETag of the " + kind + ", e.g. \"3\"");
    }

    /** The version a required If-Match header names; without one, 428 (Precondition Required). */
    public static int required(String header, String kind) {
        Integer version = optional(header, kind);
        if (version == null) {
            throw PreconditionFailedException.ifMatchMissing();
        }
        return version;
    }
}
