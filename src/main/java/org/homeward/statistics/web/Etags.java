package org.homeward.statistics.web;

import org.homeward.shared.InvalidParameterException;
import org.homeward.shared.PreconditionFailedException;

/** Versions as ETags: a figure at version 3 has the ETag "3"; If-Match may send "3", W/"3" or 3. */
final class Etags {

    private Etags() {}

    static String of(int version) {
        return "\"" + version + "\"";
    }

    static int version(String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank()) {
            throw PreconditionFailedException.ifMatchMissing();
        }
        String value = ifMatch.strip();
        if (value.startsWith("W/")) {
            value = value.substring(2);
        }
        try {
            return Integer.parseInt(value.replace("\"", ""));
        } catch (NumberFormatException e) {
            throw new InvalidParameterException("If-Match", ifMatch, "the ETag of the figure, e.g. \"3\"");
        }
    }
}
