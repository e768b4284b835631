package org.homeward.exchange.internal;

import de.siegmar.fastcsv.reader.CloseableIterator;
import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.FieldMismatchStrategy;
import java.io.IOException;
import java.io.Reader;
import org.homeward.exchange.FileProblem;
import org.homeward.exchange.FileProblemException;
import org.homeward.exchange.Limits;
import org.homeward.exchange.ProblemCode;
import org.homeward.exchange.Row;
import org.homeward.exchange.TableDescription;

/**
 * Rows of a CSV text, parsed by FastCSV in strict RFC 4180 mode (an unclosed quote at the end is an error, not a
 * value) with our limits. Ragged rows are passed on; the header decides what they mean.
 */
final class CsvRows implements RawRows {

    private final Reader reader;
    private final CellHandler handler;
    private final CsvReader<Row> csv;
    private final CloseableIterator<Row> iterator;
    private final TableDescription description;
    private final int maxRecordChars;

    CsvRows(Reader reader, char delimiter, Limits limits, TableDescription description) {
        this.reader = reader;
        this.description = description;
        this.maxRecordChars = limits.maxRecordChars();
        this.handler = new CellHandler(limits.maxColumns(), limits.maxFieldChars());
        this.csv = CsvReader.builder()
                .fieldSeparator(delimiter)
                .skipEmptyLines(false)
                .allowUnclosedQuote(false)
                .allowExtraCharsAfterClosingQuote(false)
                .extraFieldStrategy(FieldMismatchStrategy.IGNORE)
                .missingFieldStrategy(FieldMismatchStrategy.IGNORE)
                .maxBufferSize(maxRecordChars)
                .build(handler, reader);
        this.iterator = csv.iterator();
    }

    @Override
    public Row next() {
        try {
            return iterator.hasNext() ? iterator.next() : null;
        } catch (RuntimeException e) {
            throw translate(e);
        }
    }

    private FileProblemException translate(RuntimeException e) {
        var known = Problems.translate(e);
        if (known != null) {
            return known;
        }
        // FastCSV says what went wrong only in its message; its wording is covered by our tests.
        String message = e instanceof CsvParseException ? String.valueOf(e.getMessage()) : "";
        long row = Math.max(handler.row(), 1);
        FileProblem problem;
        if (message.contains("Unclosed quoted field")) {
            problem = FileProblem.of(ProblemCode.TRUNCATED, "the file ends inside a quoted field that starts")
                    .expecting("a closing double quote; the file may be truncated");
        } else if (message.contains("buffer size")) {
            problem = FileProblem.of(
                            ProblemCode.RECORD_TOO_LONG,
                            "a record longer than " + Problems.count(maxRecordChars) + " characters starts")
                    .expecting("shorter rows; an opening double quote may never be closed");
        } else if (message.contains("after closing quote")) {
            problem = FileProblem.of(ProblemCode.MALFORMED_CSV, "characters follow a closing double quote")
                    .expecting("a separator or line break after a quoted field (a quote inside one is doubled)");
        } else {
            problem = FileProblem.of(ProblemCode.MALFORMED_CSV, "the CSV cannot be parsed");
        }
        // FastCSV's message quotes the offending character; it stays out, with the rest of the file's content.
        return new FileProblemException(problem.atRow(row));
    }

    @Override
    public TableDescription description() {
        return description;
    }

    @Override
    public void close() {
        try {
            csv.close();
            reader.close();
        } catch (IOException e) {
            // closing a file we only read cannot lose data
        }
    }
}
