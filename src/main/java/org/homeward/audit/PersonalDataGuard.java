package org.homeward.audit;

import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Keeps phone and document numbers out of the audit log. The contract is that callers pass ids and field names
 * only; this is the safety net for when one forgets. Free text (purpose, detail values) is redacted: every run
 * of six or more digits, separators allowed between them as in {@code +963 (944) 123-456}, becomes
 * {@value #REDACTED}. Calendar dates written as ISO {@code yyyy-mm-dd} are kept, since export periods need them.
 * Identifiers (entity ids, field names) are refused instead, because a silently altered id would be worse than
 * none; refusals never repeat the value, which may be the very number being kept out.
 */
final class PersonalDataGuard {

    static final String REDACTED = "[redacted]";

    private static final Pattern NUMBERS = Pattern.compile(
            "(?<date>(?<![\\d+])(?:19|20)\\d{2}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\\d|3[01])(?![\\d]|[ \\-.()/]{1,2}\\d))"
                    + "|(?<run>\\+?\\d(?:[ \\-.()/]{0,2}\\d){5,})",
            // Any script's digits: numbers typed in Arabic-Indic digits are numbers too.
            Pattern.UNICODE_CHARACTER_CLASS);
    private static final Pattern UUID =
            Pattern.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");
    private static final Pattern ID = Pattern.compile("[\\p{Alnum}][\\p{Alnum}_.:/-]{0,127}");
    private static final Pattern NUMBER_ONLY = Pattern.compile("[\\d.-]+");
    private static final Pattern NINE_DIGITS = Pattern.compile("\\d{9,}");

    private static final Pattern NAME = Pattern.compile("[A-Za-z][A-Za-z0-9_.\\[\\]-]{0,99}");

    private PersonalDataGuard() {}

    static String redact(String text) {
        if (text == null) {
            return null;
        }
        Matcher matcher = NUMBERS.matcher(text);
        return matcher.replaceAll(
                match -> match.group("date") != null ? Matcher.quoteReplacement(match.group()) : REDACTED);
    }

    static String requireId(String what, String id) {
        if (id == null) {
            return null;
        }
        if (UUID.matcher(id).matches()) {
            return id;
        }
        if (!ID.matcher(id).matches()) {
            throw new IllegalArgumentException(
                    what + " must be a record id: letters, digits and _ . : / - only, at most 128 characters");
        }
        if (looksLikeAPhoneOrDocumentNumber(id)) {
            throw new IllegalArgumentException(what + " looks like a phone or document number; pass the record's id");
        }
        return id;
    }

    /**
     * Refuses only what no id generator produces, so that an id format never fails for some values and not others:
     * a number with a leading zero (phone numbers written nationally) or with eleven digits or more (national
     * numbers, international phone numbers; database ids stay far below ten billion), and nine or more digits in
     * a row inside a code (passport and document numbers).
     */
    private static boolean looksLikeAPhoneOrDocumentNumber(String id) {
        if (NUMBER_ONLY.matcher(id).matches()) {
            String digits = id.replaceAll("\\D", "");
            return digits.length() >= 11 || (id.startsWith("0") && digits.length() >= 6);
        }
        return NINE_DIGITS.matcher(id).find();
    }

    /** Entity types, changed fields and detail keys are names chosen by programmers, never data. */
    static String requireName(String what, String name) {
        if (name == null || !NAME.matcher(name).matches()) {
            throw new IllegalArgumentException(
                    what + " must be a name: a letter, then letters, digits and _ . [ ] -, at most 100 characters");
        }
        return name;
    }

    /**
     * Refuses text PostgreSQL would not store exactly as given (a NUL character, or a lone UTF-16 surrogate that
     * UTF-8 cannot carry): the hash is computed over what the caller passed, so it must be what is stored.
     */
    static String requireStorable(String what, String text, int maxLength) {
        if (text == null) {
            return null;
        }
        if (text.length() > maxLength) {
            throw new IllegalArgumentException(what + " is longer than " + maxLength + " characters");
        }
        if (text.indexOf('\0') >= 0
                || !text.equals(new String(text.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8))) {
            throw new IllegalArgumentException(what + " holds characters that cannot be stored");
        }
        return text;
    }
}
