package org.homeward.exchange.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Turns stored cell values into the text a user expects: numbers as written, dates as ISO 8601. */
final class ExcelValues {

    /** Kinds of number format: only dates and times change how a number reads. */
    enum Kind {
        NUMBER,
        DATE,
        TIME,
        DATE_TIME
    }

    private static final Pattern ESCAPE = Pattern.compile("_x([0-9A-Fa-f]{4})_");
    private static final double LAST_SERIAL = 2_958_465; // 9999-12-31

    private ExcelValues() {}

    /**
     * A number as plain decimal text: {@code 100} rather than {@code 100.0}, {@code 1E+20} written out. Numbers
     * with absurd exponents stay as stored rather than being expanded into megabytes of zeros.
     */
    static String number(String stored) {
        String text = stored.strip();
        try {
            BigDecimal value = new BigDecimal(text).stripTrailingZeros();
            if (Math.abs(value.scale()) > 40) {
                return text;
            }
            return value.signum() == 0 ? "0" : value.toPlainString();
        } catch (NumberFormatException e) {
            return text;
        }
    }

    /** A date/time serial number (days since 1900 or 1904) as ISO 8601 text, as its format suggests. */
    static String dateTime(String stored, Kind kind, boolean date1904) {
        double serial;
        try {
            serial = Double.parseDouble(stored.strip());
        } catch (NumberFormatException e) {
            return stored;
        }
        if (!(serial >= 0 && serial <= LAST_SERIAL)) {
            return number(stored);
        }
        long days = (long) Math.floor(serial);
        long seconds = Math.round((serial - days) * 86_400);
        if (seconds == 86_400) {
            days++;
            seconds = 0;
        }
        LocalTime time = LocalTime.ofSecondOfDay(seconds);
        if (kind == Kind.TIME && days == 0) {
            return time.toString().length() == 5 ? time + ":00" : time.toString();
        }
        LocalDate date = epoch(days, date1904).plusDays(days);
        if (kind == Kind.DATE && seconds == 0) {
            return date.toString();
        }
        LocalDateTime at = LocalDateTime.of(date, time);
        String text = at.toString();
        return text.length() == 16 ? text + ":00" : text;
    }

    /** Excel's 1900 system counts a 29 February 1900 that never was; serials before it start a day later. */
    private static LocalDate epoch(long days, boolean date1904) {
        if (date1904) {
            return LocalDate.of(1904, 1, 1);
        }
        return days < 61 ? LocalDate.of(1899, 12, 31) : LocalDate.of(1899, 12, 30);
    }

    /** Decodes the {@code _xHHHH_} escapes OOXML uses for control characters in text. */
    static String unescape(String text) {
        if (text.indexOf("_x") < 0) {
            return text;
        }
        Matcher m = ESCAPE.matcher(text);
        var out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(String.valueOf((char) Integer.parseInt(m.group(1), 16))));
        }
        m.appendTail(out);
        return out.toString();
    }
}
