package org.homeward.exchange.internal;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.stream.Stream;
import org.homeward.exchange.Column;
import org.homeward.exchange.FileProblem;
import org.homeward.exchange.FileProblemException;
import org.homeward.exchange.Header;
import org.homeward.exchange.HeaderMode;
import org.homeward.exchange.ProblemCode;
import org.homeward.exchange.ReadOptions;
import org.homeward.exchange.Row;
import org.homeward.exchange.RowSource;
import org.homeward.exchange.Submission;
import org.homeward.exchange.SubmissionSource;

/**
 * Submissions from a KoboToolbox or ODK CSV export: the main file and one file per repeat group, merged as they
 * stream. A repeat row belongs to the submission its link column names; rows must follow the order of the
 * submissions, so a row that no submission claims is reported once the main file ends: then the main file is read
 * once more to tell a row whose submission does not exist from one that is out of order.
 *
 * <p>ODK (Central, Briefcase) links by {@code KEY} on the main file and {@code PARENT_KEY} on repeat files, and joins
 * group names with {@code -}; its headers are read with {@code /} so that paths are the same as in every other
 * export ({@code meta-instanceID} becomes {@code meta/instanceID}).
 */
public final class KoboCsvSubmissions implements SubmissionSource {

    /** Link columns of a repeat file and the main-file columns they point to, in order of preference. */
    static final List<String[]> LINKS = List.of(
            new String[] {"_submission__id", "_id"},
            new String[] {"_submission__uuid", "_uuid"},
            new String[] {"_parent_index", "_index"},
            new String[] {"PARENT_KEY", "KEY"});

    /** The link columns as a problem expects them, each with the main file's column it points to. */
    static final String LINKS_EXPECTED = linksExpected();

    /** Columns that may hold a submission's id in a main CSV file, in order of preference. */
    static final List<String> ID_COLUMNS = Stream.concat(
                    KoboJsonSubmissions.ID_FIELDS.stream(), Stream.of("KEY", "meta-instanceID", "_index"))
            .toList();

    private final CsvPart mainPart;
    private final RowSource main;
    private final Column idColumn;
    private final boolean odk;
    private final List<Repeat> repeats;
    private final ReadOptions options;
    private final Runnable onClose;
    private Submission next;

    private KoboCsvSubmissions(
            CsvPart mainPart,
            RowSource main,
            Column idColumn,
            List<Repeat> repeats,
            ReadOptions options,
            Runnable onClose) {
        this.mainPart = mainPart;
        this.main = main;
        this.idColumn = idColumn;
        this.odk = isOdk(main.header());
        this.repeats = repeats;
        this.options = options;
        this.onClose = onClose;
    }

    public static KoboCsvSubmissions open(Path mainFile, Map<String, Path> repeatFiles, ReadOptions options) {
        var parts = new LinkedHashMap<String, CsvPart>();
        repeatFiles.forEach((path, file) -> parts.put(path, CsvPart.of(file)));
        return open(CsvPart.of(mainFile), parts, options, () -> {});
    }

    /** @param onClose runs when the submissions are closed, or when opening fails (closes an archive) */
    static KoboCsvSubmissions open(
            CsvPart mainPart, Map<String, CsvPart> repeatParts, ReadOptions options, Runnable onClose) {
        ReadOptions plain = plain(options);
        var repeats = new ArrayList<Repeat>();
        RowSource main = null;
        try {
            main = mainPart.open(plain);
            Header header = main.header();
            Column id = idColumn(header)
                    .orElseThrow(() -> Problems.of(
                            FileProblem.of(ProblemCode.SUBMISSION_WITHOUT_ID, "the main file has no id column")
                                    .atRow(header.row())
                                    .expecting("a column " + String.join(", ", ID_COLUMNS))
                                    .inFile(mainPart.name())));
            for (var entry : repeatParts.entrySet()) {
                Repeat repeat = Repeat.open(entry.getKey(), entry.getValue(), header, plain);
                repeats.add(repeat != null ? repeat : Repeat.empty(entry.getKey()));
            }
            return new KoboCsvSubmissions(mainPart, main, id, repeats, plain, onClose);
        } catch (RuntimeException e) {
            repeats.forEach(Repeat::close);
            if (main != null) {
                main.close();
            }
            onClose.run();
            throw e;
        }
    }

    static ReadOptions plain(ReadOptions options) {
        return new ReadOptions(
                HeaderMode.PLAIN,
                options.encoding(),
                options.delimiter(),
                options.sheet(),
                null,
                java.util.Set.of(),
                true,
                options.limits());
    }

    private static String linksExpected() {
        List<String> links = new ArrayList<>();
        for (String[] link : LINKS) {
            links.add(link[0] + " (with " + link[1] + (links.isEmpty() ? " in the main file)" : ")"));
        }
        return String.join(", ", links.subList(0, links.size() - 1)) + " or " + links.getLast();
    }

    static Optional<Column> idColumn(Header header) {
        return ID_COLUMNS.stream().map(header::named).flatMap(Optional::stream).findFirst();
    }

    /** The link column of a repeat file, if it has one. */
    static Optional<String> linkColumn(Header header) {
        return LINKS.stream()
                .map(link -> link[0])
                .filter(name -> header.named(name).isPresent())
                .findFirst();
    }

    /** Columns that link rows rather than hold answers; never part of a repeat entry. */
    static boolean isLinkColumn(String name) {
        return name.equals("_index")
                || name.equals("_parent_index")
                || name.equals("_parent_table_name")
                || name.startsWith("_submission_")
                || name.equals("KEY")
                || name.equals("PARENT_KEY")
                || name.startsWith("SET-OF-");
    }

    static boolean isOdk(Header header) {
        return header.named("KEY").isPresent() && header.named("_id").isEmpty();
    }

    /** A header as a group path: ODK's {@code -} between groups read as {@code /}. */
    static String path(String header, boolean odk) {
        String name = header.strip();
        return odk ? name.replace('-', '/') : name;
    }

    @Override
    public boolean hasNext() {
        if (next != null) {
            return true;
        }
        if (!main.hasNext()) {
            for (Repeat repeat : repeats) {
                if (repeat.pending != null) {
                    throw unclaimed(repeat);
                }
            }
            return false;
        }
        Row row = main.next();
        String id = row.cell(idColumn.position());
        if (id.isBlank()) {
            throw Problems.of(FileProblem.of(ProblemCode.SUBMISSION_WITHOUT_ID, "the submission has no id")
                    .inColumn(idColumn.name())
                    .atRow(row.number())
                    .inFile(mainPart.name()));
        }
        Map<String, List<Map<String, String>>> entries = new LinkedHashMap<>();
        for (Repeat repeat : repeats) {
            entries.put(repeat.path, repeat.entriesOf(row));
        }
        next = new Submission(id, row.number(), fields(main.header(), row), entries);
        return true;
    }

    @Override
    public Submission next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        Submission submission = next;
        next = null;
        return submission;
    }

    private Map<String, String> fields(Header header, Row row) {
        Map<String, String> fields = new LinkedHashMap<>();
        for (Column column : header.columns()) {
            if (!column.name().isBlank()) {
                fields.put(path(column.name(), odk), row.cell(column.position()));
            }
        }
        return fields;
    }

    /**
     * The problem with a repeat row no submission took. Its link value is an export's id (a number or a UUID), not
     * personal data, so it is quoted.
     */
    private FileProblemException unclaimed(Repeat repeat) {
        String key = repeat.pending.cell(repeat.link.position());
        long submissionRow = rowOfSubmission(repeat.parentKey, key);
        FileProblem problem = submissionRow < 0
                ? FileProblem.of(
                                ProblemCode.ORPHAN_REPEAT,
                                "a row of repeat group '" + repeat.path + "' points to a submission that is not in "
                                        + mainPart.name() + "; link")
                        .expecting("a " + repeat.parentKey.name() + " of the main file")
                : FileProblem.of(
                                ProblemCode.ORPHAN_REPEAT,
                                "a row of repeat group '" + repeat.path + "' is out of order: it belongs to row "
                                        + submissionRow + " of " + mainPart.name()
                                        + ", whose turn had passed when the row was reached; link")
                        .expecting("repeat rows in the order of their submissions, as the export writes them");
        return Problems.of(problem.withValue(key)
                .inColumn(repeat.link.name())
                .atRow(repeat.pending.number())
                .inFile(repeat.part.name()));
    }

    /** Reads the main file again for a key: its row, or -1. Only on the way to a failure, so its cost is no matter. */
    private long rowOfSubmission(Column parentKey, String key) {
        try (RowSource again = mainPart.open(options)) {
            while (again.hasNext()) {
                Row row = again.next();
                if (row.cell(parentKey.position()).equals(key)) {
                    return row.number();
                }
            }
        }
        return -1;
    }

    @Override
    public void close() {
        repeats.forEach(Repeat::close);
        main.close();
        onClose.run();
    }

    /** One repeat group's file, read one row ahead. */
    private static final class Repeat {

        final String path;
        final CsvPart part;
        final RowSource rows;
        final Column link;
        final Column parentKey;
        final boolean odk;
        Row pending;

        private Repeat(String path, CsvPart part, RowSource rows, Column link, Column parentKey) {
            this.path = path;
            this.part = part;
            this.rows = rows;
            this.link = link;
            this.parentKey = parentKey;
            this.odk = link != null && link.name().equals("PARENT_KEY");
            this.pending = rows != null && rows.hasNext() ? rows.next() : null;
        }

        static Repeat open(String path, CsvPart part, Header main, ReadOptions options) {
            RowSource rows;
            try {
                rows = part.open(options);
            } catch (FileProblemException e) {
                if (e.code() == ProblemCode.NO_DATA_ROWS) {
                    return null; // no submission has entries in this group
                }
                throw e;
            }
            try {
                for (String[] link : LINKS) {
                    var child = rows.header().named(link[0]);
                    var parent = main.named(link[1]);
                    if (child.isPresent() && parent.isPresent()) {
                        Repeat repeat = new Repeat(path, part, rows, child.get(), parent.get());
                        repeat.refuseNested();
                        return repeat;
                    }
                }
                throw Problems.of(FileProblem.of(
                                ProblemCode.MISSING_HEADER,
                                "no column linking rows to submissions in the repeat file for")
                        .withValue(path)
                        .atRow(rows.header().row())
                        .expecting(LINKS_EXPECTED)
                        .inFile(part.name()));
            } catch (RuntimeException e) {
                rows.close();
                throw e;
            }
        }

        static Repeat empty(String path) {
            return new Repeat(path, null, null, null, null);
        }

        /**
         * ODK links a repeat inside a repeat to its parent entry's KEY ({@code uuid:…/members[2]}), never to a
         * submission; such entries have no place in a submission's flat repeats, as in the JSON reader.
         */
        private void refuseNested() {
            if (odk && pending != null && pending.cell(link.position()).endsWith("]")) {
                throw Problems.of(FileProblem.of(ProblemCode.UNSUPPORTED_FORMAT, "a repeat group inside a repeat group")
                        .withValue(path)
                        .inColumn(link.name())
                        .atRow(pending.number())
                        .expecting("repeat groups whose parent is the submission")
                        .inFile(part.name()));
            }
        }

        List<Map<String, String>> entriesOf(Row submission) {
            if (rows == null) {
                return List.of();
            }
            String key = submission.cell(parentKey.position());
            var entries = new ArrayList<Map<String, String>>();
            while (pending != null && pending.cell(link.position()).equals(key)) {
                entries.add(entry(pending));
                pending = rows.hasNext() ? rows.next() : null;
            }
            return entries;
        }

        private Map<String, String> entry(Row row) {
            Map<String, String> entry = new LinkedHashMap<>();
            for (Column column : rows.header().columns()) {
                String name = column.name().strip();
                if (!name.isEmpty() && !isLinkColumn(name)) {
                    entry.put(KoboJsonSubmissions.relative(path(name, odk), path), row.cell(column.position()));
                }
            }
            return entry;
        }

        void close() {
            if (rows != null) {
                rows.close();
            }
        }
    }
}
