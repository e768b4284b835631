package org.homeward.exchange.internal;

import java.nio.charset.Charset;

/**
 * The heuristic that accepts a file as Arabic text saved in the windows-1256 code page (what Excel writes on an
 * Arabic Windows when saving "CSV"). Every byte decodes in that code page, so decoding cleanly proves nothing; the
 * evidence is what the non-ASCII bytes become. The file is accepted only when
 *
 * <ul>
 *   <li>at least {@value #MIN_ARABIC} non-ASCII characters are Arabic letters, marks or punctuation,
 *   <li>at least {@value #MIN_ARABIC_SHARE} of all non-ASCII characters are, and
 *   <li>Arabic letters almost never touch Latin letters (at most 1 in {@value #MAX_MIXED_DIVISOR}): a Latin-1 or
 *       Windows-1252 file read as 1256 turns "Panamá" into "Panamل", Latin and Arabic in one word.
 * </ul>
 *
 * Anything else is refused with advice rather than decoded by guess.
 */
final class Windows1256 {

    static final int MIN_ARABIC = 8;
    static final double MIN_ARABIC_SHARE = 0.9;
    static final int MAX_MIXED_DIVISOR = 50;

    private static final Charset CP1256 = Charset.forName("windows-1256");

    private Windows1256() {}

    static boolean isArabicText(byte[] bytes) {
        String text = new String(bytes, CP1256);
        int arabic = 0;
        int otherNonAscii = 0;
        int mixed = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x80) {
                continue;
            }
            if (isArabic(c)) {
                arabic++;
                if (isLatinLetter(text, i - 1) || isLatinLetter(text, i + 1)) {
                    mixed++;
                }
            } else {
                otherNonAscii++;
            }
        }
        return arabic >= MIN_ARABIC
                && arabic >= (arabic + otherNonAscii) * MIN_ARABIC_SHARE
                && mixed * MAX_MIXED_DIVISOR <= arabic;
    }

    private static boolean isArabic(char c) {
        return (c >= 0x060C && c <= 0x06FF) || c == 0x200C || c == 0x200D; // letters, marks, ، ؛ ؟, joiners
    }

    private static boolean isLatinLetter(String text, int i) {
        if (i < 0 || i >= text.length()) {
            return false;
        }
        char c = text.charAt(i);
        return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
    }
}
