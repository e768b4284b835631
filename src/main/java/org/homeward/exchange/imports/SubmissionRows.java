package org.homeward.exchange.imports;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import org.homeward.exchange.Column;
import org.homeward.exchange.Header;
import org.homeward.exchange.Row;
import org.homeward.exchange.RowSource;
import org.homeward.exchange.Submission;
import org.homeward.exchange.SubmissionSource;
import org.homeward.exchange.TableDescription;
import org.homeward.exchange.TableFormat;

/**
 * A KoboToolbox/ODK export seen as a person-per-row table, so that it takes the same path as a CSV: one row per entry
 * of the household's repeat group (the members; one row when the form has none), the submission's id as the
 * household id, and a column per household field. A field's value comes from the mapping (a form path such as
 * {@code household/origin/adm2}, or a member field such as {@code name}), else from the form field whose last path
 * segment is a known header spelling ({@code sex}, {@code relationship}, {@code age}); the server's own columns
 * ({@code _status}, ODK's {@code Status}) are not form fields and never match. Every row of a submission
 * carries the submission's number, so a batch never splits one.
 */
final class SubmissionRows implements RowSource {

    private static final Header HEADER = fieldColumns();

    /**
     * Columns ODK Central adds to a CSV export about the submission, not answers of the form; matched exactly, as
     * Central spells them (its {@code Status} is not a displacement status).
     */
    private static final java.util.Set<String> SERVER_COLUMNS = java.util.Set.of(
            "SubmissionDate",
            "KEY",
            "SubmitterID",
            "SubmitterName",
            "AttachmentsPresent",
            "AttachmentsExpected",
            "Status",
            "ReviewState",
            "DeviceID",
            "Edits",
            "FormVersion");

    private final SubmissionSource submissions;
    private final Map<String, String> mapping;
    private final Map<String, Optional<HouseholdField>> known = new HashMap<>();
    private final List<Row> pending = new ArrayList<>();
    private int index;

    SubmissionRows(SubmissionSource submissions, Map<String, String> mapping) {
        this.submissions = submissions;
        this.mapping = mapping == null ? Map.of() : mapping;
    }

    @Override
    public Header header() {
        return HEADER;
    }

    @Override
    public TableDescription description() {
        return new TableDescription(TableFormat.JSON, java.nio.charset.StandardCharsets.UTF_8, null, null);
    }

    @Override
    public boolean hasNext() {
        while (index >= pending.size()) {
            if (!submissions.hasNext()) {
                return false;
            }
            pending.clear();
            index = 0;
            rows(submissions.next());
        }
        return true;
    }

    @Override
    public Row next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        return pending.get(index++);
    }

    @Override
    public void close() {
        submissions.close();
    }

    private void rows(Submission submission) {
        List<Map<String, String>> members = members(submission);
        for (Map<String, String> member : members) {
            String[] cells = new String[HouseholdField.values().length];
            java.util.Arrays.fill(cells, "");
            fill(cells, submission.fields());
            fill(cells, member); // a member's own value wins over the household's
            cells[HouseholdField.HOUSEHOLD_ID.ordinal()] = submission.id();
            for (HouseholdField field : HouseholdField.values()) {
                String path = mapping.get(field.key());
                if (path != null) {
                    String value = member.getOrDefault(path, member.get(lastSegment(path)));
                    cells[field.ordinal()] = value != null ? value : submission.field(path);
                }
            }
            pending.add(new Row(submission.row(), List.of(cells)));
        }
    }

    private static List<Map<String, String>> members(Submission submission) {
        if (submission.repeats().isEmpty()) {
            return List.of(Map.of());
        }
        return submission.repeats().entrySet().stream()
                .filter(repeat -> repeat.getKey().endsWith("members"))
                .findFirst()
                .orElse(submission.repeats().entrySet().iterator().next())
                .getValue();
    }

    private void fill(String[] cells, Map<String, String> values) {
        for (var entry : values.entrySet()) {
            known.computeIfAbsent(entry.getKey(), SubmissionRows::field)
                    .ifPresent(field -> cells[field.ordinal()] = entry.getValue() == null ? "" : entry.getValue());
        }
    }

    private static Optional<HouseholdField> field(String path) {
        if (path.startsWith("_") || SERVER_COLUMNS.contains(path)) {
            return Optional.empty(); // the server's own columns, such as Kobo's _status (submitted_via_web)
        }
        String name = HeaderNames.normalise(lastSegment(path));
        for (HouseholdField field : HouseholdField.values()) {
            if (field.headers().stream()
                    .anyMatch(spelling -> HeaderNames.normalise(spelling).equals(name))) {
                return Optional.of(field);
            }
        }
        return Optional.empty();
    }

    private static String lastSegment(String path) {
        return path.substring(path.lastIndexOf('/') + 1);
    }

    private static Header fieldColumns() {
        List<Column> columns = new ArrayList<>();
        for (HouseholdField field : HouseholdField.values()) {
            columns.add(new Column(field.ordinal(), field.ordinal(), field.key(), null));
        }
        return new Header(0, columns);
    }
}
