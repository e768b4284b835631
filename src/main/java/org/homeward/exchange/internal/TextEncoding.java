package org.homeward.exchange.internal;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import org.homeward.exchange.FileProblem;
import org.homeward.exchange.FileProblemException;
import org.homeward.exchange.ProblemCode;

/**
 * Decides how to decode a text file: a byte-order mark wins; else the encoding the user chose; else UTF-8 when the
 * sample is valid UTF-8; else windows-1256 when the sample reads as Arabic text in that code page (see {@link
 * Windows1256}); else the file is refused, because guessing wrong would silently corrupt names.
 */
final class TextEncoding {

    static final Charset WINDOWS_1256 = Charset.forName("windows-1256");

    /** Share of the sample's bytes in invalid UTF-8 sequences above which the file is binary, not mis-encoded text. */
    private static final double MAX_INVALID_SHARE = 0.3;

    record Decision(Charset charset, int bomLength) {}

    private TextEncoding() {}

    static Decision decide(Sample sample, Charset declared) {
        Bom bom = Bom.of(sample);
        if (bom != null) {
            return new Decision(bom.charset(), bom.length());
        }
        Utf8Check utf8 = Utf8Check.of(sample);
        if (declared != null) {
            if (!isUtf(declared) && utf8.valid() && utf8.multiByte() > 0) {
                throw new FileProblemException(FileProblem.of(
                                ProblemCode.ENCODING_CONFLICT,
                                "the file was declared as " + declared.name() + " but it is valid UTF-8 text")
                        .expecting("encoding UTF-8"));
            }
            return new Decision(declared, 0);
        }
        if (utf8.valid()) {
            return new Decision(StandardCharsets.UTF_8, 0);
        }
        if (Windows1256.isArabicText(sample.bytes())) {
            return new Decision(WINDOWS_1256, 0);
        }
        if (utf8.invalidBytes() > sample.length() * MAX_INVALID_SHARE) {
            throw new FileProblemException(
                    FileProblem.of(ProblemCode.NOT_A_TABLE, "not a text table: this is binary data")
                            .expecting("a CSV, XLSX or JSON file"));
        }
        throw notUtf8(
                utf8.firstInvalidOffset(),
                rowAt(sample.bytes(), utf8.firstInvalidOffset()),
                sample.bytes()[(int) utf8.firstInvalidOffset()]);
    }

    static boolean isUtf(Charset charset) {
        return charset.name().startsWith("UTF-");
    }

    static FileProblemException notUtf8(long byteOffset, long row, byte firstBad) {
        return new FileProblemException(FileProblem.of(
                        ProblemCode.NOT_UTF8,
                        String.format(
                                "this file is not UTF-8: byte 0x%02X at byte offset %,d cannot be read",
                                firstBad & 0xFF, byteOffset))
                .atRow(row)
                .expecting("UTF-8; if it was saved by Excel in Arabic Windows, choose encoding windows-1256"));
    }

    /** The CSV row of a byte offset; quotes and line breaks are ASCII, so any byte-preserving decoding will do. */
    private static long rowAt(byte[] bytes, long offset) {
        var text = new String(bytes, 0, (int) offset, StandardCharsets.ISO_8859_1).toCharArray();
        var counter = new RowCounter(true);
        counter.scan(text, 0, text.length);
        return counter.row();
    }

    /** How a sample fares as UTF-8. */
    record Utf8Check(boolean valid, long firstInvalidOffset, long invalidBytes, long multiByte) {

        static Utf8Check of(Sample sample) {
            CharsetDecoder decoder = StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT);
            ByteBuffer in = ByteBuffer.wrap(sample.bytes());
            CharBuffer out = CharBuffer.allocate(sample.length() + 1);
            long first = -1;
            long invalid = 0;
            while (true) {
                CoderResult result = decoder.decode(in, out, sample.whole());
                if (result.isError()) {
                    if (first < 0) {
                        first = in.position();
                    }
                    invalid += result.length();
                    in.position(in.position() + result.length());
                } else {
                    break; // underflow: a character cut by the end of the sample is not an error
                }
            }
            long multiByte = sample.length() - in.remaining() - out.position() - invalid;
            return new Utf8Check(first < 0, first, invalid, Math.max(multiByte, 0));
        }
    }
}
