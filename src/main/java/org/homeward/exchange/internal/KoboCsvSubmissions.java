package org.homeward.exchange.internal;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
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
import org.homeward.exchange.Tables;

/**
 * Submissions from a KoboToolbox CSV export: the main file and one file per repeat group, merged as they stream.
 * A repeat row belongs to the submission its link column names; rows must follow the order of the submissions,
 * so a row that no submission claims is reported once the main file ends.
 */
public final class KoboCsvSubmissions implements SubmissionSource {

    /** Link columns of a repeat file and the main-file columns they point to, in order of preference. */
    private static final List<String[]> LINKS =
            List.of(new String[] {"_submission__id", "_id"}, new String[] {"_submission__uuid", "_uuid"}, new String[] {
                "_parent_index", "_index"
            });

    private final RowSource main;
    private final Column idColumn;
    private final List<Repeat> repeats;
    private Submission next;

    private KoboCsvSubmissions(RowSource main, Column idColumn, List<Repeat> repeats) {
        this.main = main;
        this.idColumn = idColumn;
        this.repeats = repeats;
    }

    public static KoboCsvSubmissions open(Path mainFile, Map<String, Path> repeatFiles, ReadOptions options) {
        ReadOptions plain = new ReadOptions(
                HeaderMode.PLAIN,
                options.encoding(),
                options.delimiter(),
                options.sheet(),
                null,
                java.util.Set.of(),
                true,
                options.limits());
        RowSource main = Tables.open(mainFile, plain);
        var repeats = new ArrayList<Repeat>();
        try {
            Column id = KoboJsonSubmissions.ID_FIELDS.stream()
                    .map(name -> main.header().named(name))
                    .flatMap(Optional::stream)
                    .findFirst()
                    .or(() -> main.header().named("_index"))
                    .orElseThrow(() -> Problems.of(
                            FileProblem.of(ProblemCode.SUBMISSION_WITHOUT_ID, "the main file has no id column")
                                    .atRow(main.header().row())
                                    .expecting("a column _id, _uuid, meta/instanceID or _index")));
            for (var entry : repeatFiles.entrySet()) {
                Repeat repeat = Repeat.open(entry.getKey(), entry.getValue(), main.header(), plain);
                repeats.add(repeat != null ? repeat : Repeat.empty(entry.getKey()));
            }
            return new KoboCsvSubmissions(main, id, repeats);
        } catch (RuntimeException e) {
            repeats.forEach(Repeat::close);
            main.close();
            throw e;
        }
    }

    @Override
    public boolean hasNext() {
        if (next != null) {
            return true;
        }
        if (!main.hasNext()) {
            repeats.forEach(Repeat::requireExhausted);
            return false;
        }
        Row row = main.next();
        String id = row.cell(idColumn.position());
        if (id.isBlank()) {
            throw Problems.of(FileProblem.of(ProblemCode.SUBMISSION_WITHOUT_ID, "the submission has no id")
                    .inColumn(idColumn.name())
                    .atRow(row.number()));
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

    private static Map<String, String> fields(Header header, Row row) {
        Map<String, String> fields = new LinkedHashMap<>();
        for (Column column : header.columns()) {
            if (!column.name().isBlank()) {
                fields.put(column.name().strip(), row.cell(column.position()));
            }
        }
        return fields;
    }

    @Override
    public void close() {
        repeats.forEach(Repeat::close);
        main.close();
    }

    /** One repeat group's file, read one row ahead. */
    private static final class Repeat {

        final String path;
        final RowSource rows;
        final Column link;
        final Column parentKey;
        Row pending;

        private Repeat(String path, RowSource rows, Column link, Column parentKey) {
            this.path = path;
            this.rows = rows;
            this.link = link;
            this.parentKey = parentKey;
            this.pending = rows != null && rows.hasNext() ? rows.next() : null;
        }

        static Repeat open(String path, Path file, Header main, ReadOptions options) {
            RowSource rows;
            try {
                rows = Tables.open(file, options);
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
                        return new Repeat(path, rows, child.get(), parent.get());
                    }
                }
                throw Problems.of(
                        FileProblem.of(
                                        ProblemCode.MISSING_HEADER,
                                        "no column linking rows to submissions in the repeat file for")
                                .withValue(path)
                                .atRow(rows.header().row())
                                .expecting(
                                        "_submission__id (with _id in the main file), _submission__uuid (with _uuid) or _parent_index (with _index)"));
            } catch (RuntimeException e) {
                rows.close();
                throw e;
            }
        }

        static Repeat empty(String path) {
            return new Repeat(path, null, null, null);
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
                    entry.put(KoboJsonSubmissions.relative(name, path), row.cell(column.position()));
                }
            }
            return entry;
        }

        private static boolean isLinkColumn(String name) {
            return name.equals("_index")
                    || name.equals("_parent_index")
                    || name.equals("_parent_table_name")
                    || name.startsWith("_submission_");
        }

        void requireExhausted() {
            if (pending != null) {
                throw Problems.of(FileProblem.of(
                                ProblemCode.ORPHAN_REPEAT,
                                "a row of repeat group '" + path + "' belongs to no submission, or is out of order")
                        .inColumn(link.name())
                        .atRow(pending.number())
                        .expecting("repeat rows that follow their submissions' order and point to existing "
                                + parentKey.name() + " values"));
            }
        }

        void close() {
            if (rows != null) {
                rows.close();
            }
        }
    }
}
