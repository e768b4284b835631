package org.homeward.exchange.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import org.homeward.exchange.FileProblem;
import org.homeward.exchange.FileProblemException;
import org.homeward.exchange.ProblemCode;

/**
 * Decodes strictly: the first byte sequence that is not valid in the charset stops the read with a problem naming
 * its byte offset and row, where {@link java.io.InputStreamReader} would silently put U+FFFD into a name.
 */
final class DecodingReader extends Reader {

    private final InputStream in;
    private final CharsetDecoder decoder;
    private final ByteBuffer bytes = ByteBuffer.allocate(64 * 1024);
    private final RowCounter rows;
    private final boolean csv;
    private long bytesBeforeBuffer;
    private boolean endOfInput;
    private boolean flushed;

    /** @param skipped bytes already consumed before {@code in} (a byte-order mark), counted in offsets */
    DecodingReader(InputStream in, Charset charset, long skipped, boolean csv) {
        this.in = in;
        this.decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        this.rows = new RowCounter(csv);
        this.csv = csv;
        this.bytesBeforeBuffer = skipped;
        bytes.flip();
    }

    @Override
    public int read(char[] buffer, int offset, int length) throws IOException {
        if (length == 0) {
            return 0;
        }
        CharBuffer out = CharBuffer.wrap(buffer, offset, length);
        while (!flushed) {
            CoderResult result = decoder.decode(bytes, out, endOfInput);
            if (result.isError()) {
                rows.scan(buffer, offset, out.position() - offset);
                throw failure();
            }
            if (result.isOverflow() || out.position() > offset) {
                break; // deliver what is decoded rather than block on more input
            }
            if (endOfInput) {
                decoder.flush(out);
                flushed = true;
            } else {
                fill();
            }
        }
        int produced = out.position() - offset;
        rows.scan(buffer, offset, produced);
        return produced == 0 ? -1 : produced;
    }

    private void fill() throws IOException {
        bytesBeforeBuffer += bytes.position();
        bytes.compact();
        int n = in.read(bytes.array(), bytes.position(), bytes.remaining());
        if (n < 0) {
            endOfInput = true;
        } else {
            bytes.position(bytes.position() + n);
        }
        bytes.flip();
    }

    private FileProblemException failure() {
        long offset = bytesBeforeBuffer + bytes.position();
        byte bad = bytes.get(bytes.position());
        // JSON has lines, not rows: the counter then counts plain lines, and the message says so.
        long row = csv ? rows.row() : 0;
        String line = csv ? "" : " (line " + rows.row() + ")";
        if (decoder.charset().name().equals("UTF-8")) {
            var problem = TextEncoding.notUtf8(offset, row, bad).problem();
            return new FileProblemException(
                    new FileProblem(problem.code(), problem.summary() + line, row, null, null, problem.expected()));
        }
        return new FileProblemException(FileProblem.of(
                        ProblemCode.NOT_UTF8,
                        String.format(
                                "byte 0x%02X at byte offset %,d is not valid %s%s",
                                bad & 0xFF, offset, decoder.charset().name(), line))
                .atRow(row)
                .expecting("text in the chosen encoding"));
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
