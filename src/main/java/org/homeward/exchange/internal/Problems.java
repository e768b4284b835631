package org.homeward.exchange.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.homeward.exchange.FileProblem;
import org.homeward.exchange.FileProblemException;
import org.homeward.exchange.ProblemCode;

/** The wording of every file problem, in one place so messages stay consistent. */
public final class Problems {

    private Problems() {}

    public static FileProblemException of(ProblemCode code, String summary) {
        return new FileProblemException(FileProblem.of(code, summary));
    }

    public static FileProblemException of(FileProblem problem) {
        return new FileProblemException(problem);
    }

    public static FileProblemException emptyFile() {
        return of(ProblemCode.EMPTY_FILE, "the file is empty: it contains no rows");
    }

    public static FileProblemException fieldTooLong(long row, int column, long length, int max) {
        return of(FileProblem.of(ProblemCode.FIELD_TOO_LONG, "field of " + count(length) + " characters")
                .atRow(row)
                .inColumn(String.valueOf(column))
                .expecting("at most " + count(max) + " characters"));
    }

    public static FileProblemException tooManyColumns(long row, int max) {
        return of(FileProblem.of(ProblemCode.TOO_MANY_COLUMNS, "more than " + count(max) + " columns")
                .atRow(row)
                .expecting("at most " + count(max) + " columns"));
    }

    public static FileProblemException noDataRows(long headerRow) {
        return of(FileProblem.of(ProblemCode.NO_DATA_ROWS, "the file has a header but no data rows after it")
                .atRow(headerRow));
    }

    public static FileProblemException readFailed(IOException e) {
        // The exception's text may name a path; the user knows which file they sent.
        return new FileProblemException(
                FileProblem.of(
                        ProblemCode.READ_FAILED,
                        "the file could not be read (" + e.getClass().getSimpleName() + ")"),
                e);
    }

    /** The file problem behind an exception thrown through a library, if there is one. */
    public static FileProblemException find(Throwable thrown) {
        for (Throwable t = thrown; t != null; t = t.getCause()) {
            if (t instanceof FileProblemException problem) {
                return problem;
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return null;
    }

    /** Rethrows the file problem inside, or reports an I/O failure, or returns null for anything else. */
    public static FileProblemException translate(Throwable thrown) {
        var problem = find(thrown);
        if (problem != null) {
            return problem;
        }
        for (Throwable t = thrown; t != null; t = t.getCause()) {
            if (t instanceof IOException io) {
                return readFailed(io);
            }
            if (t instanceof UncheckedIOException unchecked) {
                return readFailed(unchecked.getCause());
            }
        }
        return null;
    }

    static String count(long n) {
        return String.format(java.util.Locale.ROOT, "%,d", n);
    }
}
