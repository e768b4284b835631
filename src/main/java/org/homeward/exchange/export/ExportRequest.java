package org.homeward.exchange.export;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.regex.Pattern;
import org.homeward.exchange.ExportFormat;
import org.homeward.shared.InvalidParameterException;

/**
 * The parameters every export shares, checked before anything is written.
 *
 * @param format the file format ({@code csv} when absent)
 * @param bom CSV and HXL: start with a UTF-8 byte-order mark for Excel
 * @param today the day in the file name
 */
record ExportRequest(ExportFormat format, boolean bom, LocalDate today) {

    private static final Pattern CODE = Pattern.compile("[A-Za-z0-9_-]{1,40}");

    static ExportRequest of(String format, String bom, LocalDate today) {
        ExportFormat parsed = format == null || format.isBlank() ? ExportFormat.CSV : ExportFormat.parse(format);
        if (parsed == null) {
            throw new InvalidParameterException("format", format, ExportFormat.ALLOWED);
        }
        return new ExportRequest(parsed, flag("bom", bom), today);
    }

    /** {@code households-2026-11-22.csv}; HXL files say so: {@code households-hxl-2026-11-22.csv}. */
    String filename(String name) {
        String kind = format == ExportFormat.HXL ? name + "-hxl" : name;
        return kind + "-" + today + "." + format.extension();
    }

    static boolean flag(String parameter, String value) {
        if (value == null || value.isBlank() || value.equalsIgnoreCase("false")) {
            return false;
        }
        if (value.equalsIgnoreCase("true")) {
            return true;
        }
        throw new InvalidParameterException(parameter, value, "true or false");
    }

    static LocalDate date(String parameter, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidParameterException(parameter, value, "a date as YYYY-MM-DD");
        }
    }

    /** A period from the {@code from} and {@code to} parameters; either end may be open (null). */
    record Period(LocalDate from, LocalDate to) {

        /** Refuses a period that ends before it starts, naming {@code to}. */
        Period {
            if (from != null && to != null && to.isBefore(from)) {
                throw new InvalidParameterException("to", to, "a date on or after 'from'");
            }
        }

        /** This period with its open ends closed by the given defaults. */
        Period orElse(LocalDate defaultFrom, LocalDate defaultTo) {
            return new Period(from == null ? defaultFrom : from, to == null ? defaultTo : to);
        }
    }

    static Period period(String from, String to) {
        return new Period(date("from", from), date("to", to));
    }

    /** A filter that is a code (P-code, ISO country, site): never echoed, as a stray value could be anything. */
    static String code(String parameter, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        if (!CODE.matcher(value.strip()).matches()) {
            throw new InvalidParameterException(parameter, "(withheld)", "a code of letters, digits, - or _");
        }
        return value.strip();
    }

    static <E extends Enum<E>> E choice(String parameter, String value, Class<E> type) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.strip().toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            StringBuilder allowed = new StringBuilder("one of");
            for (E constant : type.getEnumConstants()) {
                allowed.append(allowed.length() > 6 ? ", " : " ").append(constant.name());
            }
            throw new InvalidParameterException(parameter, value, allowed.toString());
        }
    }
}
