package org.homeward.exchange.export;

import java.io.IOException;
import java.io.Writer;

/**
 * Text as XML character data in an OOXML string. XML 1.0 cannot carry most control characters, so they are written
 * as OOXML's {@code _xHHHH_} escapes, which spreadsheets turn back into the character; a literal {@code _x} that
 * looks like such an escape is itself escaped ({@code _x005F_}), so every text reads back exactly. A lone surrogate,
 * which no XML can carry, becomes U+FFFD.
 */
final class XmlText {

    private XmlText() {}

    static void write(String text, Writer out) throws IOException {
        int length = text.length();
        for (int i = 0; i < length; i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.write("&amp;");
                case '<' -> out.write("&lt;");
                case '>' -> out.write("&gt;");
                case '"' -> out.write("&quot;");
                case '\t', '\n' -> out.write(c);
                // a raw CR would be read back as LF: XML parsers normalise line ends, but keep references
                case '\r' -> out.write("&#13;");
                case '_' -> out.write(looksLikeEscape(text, i) ? "_x005F_" : "_");
                default -> {
                    if (c < 0x20 || c == 0xFFFE || c == 0xFFFF) {
                        out.write("_x%04X_".formatted((int) c));
                    } else if (Character.isHighSurrogate(c)
                            && i + 1 < length
                            && Character.isLowSurrogate(text.charAt(i + 1))) {
                        out.write(c);
                        out.write(text.charAt(++i));
                    } else if (Character.isSurrogate(c)) {
                        out.write('\uFFFD');
                    } else {
                        out.write(c);
                    }
                }
            }
        }
    }

    private static boolean looksLikeEscape(String text, int at) {
        if (at + 6 >= text.length() || text.charAt(at + 1) != 'x' || text.charAt(at + 6) != '_') {
            return false;
        }
        for (int i = at + 2; i < at + 6; i++) {
            if (Character.digit(text.charAt(i), 16) < 0) {
                return false;
            }
        }
        return true;
    }
}
