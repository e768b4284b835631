package org.homeward.exchange.export;

import com.ibm.icu.text.ArabicShaping;
import com.ibm.icu.text.ArabicShapingException;
import com.ibm.icu.text.Bidi;
import java.awt.Color;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * Text on a PDF page in any of Homeward's languages. PDF draws glyphs, not text: Arabic must arrive shaped (each
 * letter in its initial, medial, final or isolated form, lam-alef as one ligature) and in visual order (right to
 * left, with numbers and Latin runs inside it left to right). ICU does both, line by line, after wrapping.
 *
 * <p>Coordinates are PDF points from the bottom left. In a right-to-left document, {@link Align#START} means the
 * right edge: callers lay out in reading order and the canvas mirrors.
 */
final class PdfCanvas {

    enum Align {
        START,
        END,
        CENTER
    }

    private static final ArabicShaping SHAPING = new ArabicShaping(
            ArabicShaping.LETTERS_SHAPE | ArabicShaping.TEXT_DIRECTION_LOGICAL | ArabicShaping.LENGTH_GROW_SHRINK);

    private static final Pattern ISOLATES = Pattern.compile("[\u2066-\u2069]");
    private static final Pattern MARKS = Pattern.compile("[\u064B-\u065F\u0670]");

    private final PDPageContentStream content;
    private final PDType0Font regular;
    private final PDType0Font bold;
    private final boolean rightToLeft;
    private final float left;
    private final float right;

    PdfCanvas(PDPageContentStream content, Fonts fonts, boolean rightToLeft, float left, float right) {
        this.content = content;
        this.regular = fonts.regular();
        this.bold = fonts.bold();
        this.rightToLeft = rightToLeft;
        this.left = left;
        this.right = right;
    }

    /** The two faces of DejaVu Sans, embedded as subsets: only the glyphs a report uses go into the file. */
    record Fonts(PDType0Font regular, PDType0Font bold) {

        static Fonts load(PDDocument document) {
            return new Fonts(font(document, "DejaVuSans.ttf"), font(document, "DejaVuSans-Bold.ttf"));
        }

        private static PDType0Font font(PDDocument document, String file) {
            try (InputStream in = PdfCanvas.class.getResourceAsStream("/fonts/dejavu/" + file)) {
                if (in == null) {
                    throw new IllegalStateException("font missing from the classpath: " + file);
                }
                return PDType0Font.load(document, in, true);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    PDPageContentStream content() {
        return content;
    }

    boolean rightToLeft() {
        return rightToLeft;
    }

    /** The x of a point {@code offset} from the start edge of the page's text area, in reading order. */
    float start(float offset) {
        return rightToLeft ? right - offset : left + offset;
    }

    /** One line of text anchored at {@code x}: its start, end or centre by {@code align}, mirrored for RTL. */
    void text(String logical, float x, float y, float size, boolean strong, Align align, Color color) {
        PDType0Font font = strong ? bold : regular;
        String visual = visual(logical);
        float width = width(visual, font, size);
        float at = switch (align) {
            case CENTER -> x - width / 2;
            case START -> rightToLeft ? x - width : x;
            case END -> rightToLeft ? x : x - width;
        };
        io(() -> {
            content.beginText();
            content.setNonStrokingColor(color);
            content.setFont(font, size);
            content.newLineAtOffset(at, y);
            content.showText(visual);
            content.endText();
        });
    }

    /**
     * A paragraph wrapped to {@code width}, starting at the start edge offset {@code offset}; answers the y below
     * its last line.
     */
    float paragraph(String logical, float offset, float y, float width, float size, Color color) {
        float line = size * 1.35f;
        for (String part : wrap(logical, width, size)) {
            text(part, start(offset), y, size, false, Align.START, color);
            y -= line;
        }
        return y;
    }

    /** Splits text into lines at spaces, measuring each candidate line as it will be drawn. */
    List<String> wrap(String logical, float width, float size) {
        List<String> lines = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String word : logical.split(" ")) {
            String candidate = current.isEmpty() ? word : current + " " + word;
            if (!current.isEmpty() && width(visual(candidate), regular, size) > width) {
                lines.add(current.toString());
                current = new StringBuilder(word);
            } else {
                current = new StringBuilder(candidate);
            }
        }
        if (!current.isEmpty()) {
            lines.add(current.toString());
        }
        return lines;
    }

    /** Text that runs left to right inside any paragraph (dates, "≤ 2,200"): a Unicode left-to-right isolate. */
    static String ltr(String text) {
        return "\u2066" + text + "\u2069";
    }

    /**
     * Shaped and reordered for drawing; text without right-to-left characters is returned as it is. Arabic vowel
     * marks are left out: PDFBox draws glyphs without the font's mark positioning, so a mark would float beside its
     * letter, and Arabic print commonly omits them.
     */
    String visual(String logical) {
        if (!Bidi.requiresBidi(logical.toCharArray(), 0, logical.length()) && !rightToLeft) {
            return ISOLATES.matcher(logical).replaceAll("");
        }
        try {
            String shaped = SHAPING.shape(MARKS.matcher(logical).replaceAll(""));
            Bidi bidi = new Bidi(shaped, rightToLeft ? Bidi.RTL : Bidi.LTR);
            return bidi.writeReordered(Bidi.DO_MIRRORING | Bidi.REMOVE_BIDI_CONTROLS);
        } catch (ArabicShapingException e) {
            throw new IllegalArgumentException("text cannot be shaped", e);
        }
    }

    private static float width(String visual, PDType0Font font, float size) {
        try {
            return font.getStringWidth(visual) / 1000 * size;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    interface Drawing {
        void draw() throws IOException;
    }

    static void io(Drawing drawing) {
        try {
            drawing.draw();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
