package org.homeward.exchange.internal;

import java.nio.file.Path;
import java.util.function.Function;
import org.homeward.exchange.FileProblemException;
import org.homeward.exchange.ReadOptions;
import org.homeward.exchange.RowSource;
import org.homeward.exchange.Tables;

/**
 * One CSV file of a multi-file export (a loose file, or an entry of a ZIP archive), which can be opened more than
 * once. Its problems name it, so that the user knows which of the files is broken.
 */
record CsvPart(String name, Function<ReadOptions, RowSource> opener) {

    static CsvPart of(Path file) {
        return new CsvPart(file.getFileName().toString(), options -> Tables.open(file, options));
    }

    RowSource open(ReadOptions options) {
        try {
            return new NamedRows(opener.apply(options), name);
        } catch (FileProblemException e) {
            throw named(e, name);
        }
    }

    static FileProblemException named(FileProblemException e, String name) {
        return new FileProblemException(e.problem().inFile(name), e);
    }

    /** Rows whose problems say which file they are in. */
    private record NamedRows(RowSource rows, String name) implements RowSource {

        @Override
        public org.homeward.exchange.Header header() {
            return rows.header();
        }

        @Override
        public org.homeward.exchange.TableDescription description() {
            return rows.description();
        }

        @Override
        public boolean hasNext() {
            try {
                return rows.hasNext();
            } catch (FileProblemException e) {
                throw named(e, name);
            }
        }

        @Override
        public org.homeward.exchange.Row next() {
            try {
                return rows.next();
            } catch (FileProblemException e) {
                throw named(e, name);
            }
        }

        @Override
        public void close() {
            rows.close();
        }
    }
}
