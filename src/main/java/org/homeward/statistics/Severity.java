package org.homeward.statistics;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/**
 * How serious a finding is. A {@code warning}: the figures cannot all be true, whatever their qualifiers allow.
 * A {@code notice}: the qualifiers ("more than", "about") leave room for all of them to be true, but the numbers
 * as stated differ, and someone quoting them should know.
 */
public enum Severity {
    WARNING,
    NOTICE;

    @JsonValue
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}
