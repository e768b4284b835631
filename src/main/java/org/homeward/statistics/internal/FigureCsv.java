package org.homeward.statistics.internal;

import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.homeward.statistics.FigureDraft;
import org.homeward.statistics.ImportReport.ImportProblem;

/**
 * Reads figures from CSV in the columns of {@code reported_figures.csv}: reported_on, publisher, speaker,
 * indicator, scope (or area), period_start, period_end, value, qualifier, note, and optionally reference and
 * source_kind, in any order. Turns cells into drafts and reports what it cannot read, naming line, column,
 * value and what was expected; the checks that need no file (known indicator, area, ...) are the validator's.
 */
final class FigureCsv {

    static final int MAX_ROWS = 10_000;

    /** Header name → the draft field it fills; "area" is accepted for "scope". */
    static final Map<String, String> COLUMNS = columns();

    static final List<String> REQUIRED =
            List.of("reported_on", "publisher", "indicator", "scope", "period_start", "period_end", "value");

    private static final Pattern WHOLE_NUMBER = Pattern.compile("-?\\d{1,18}");

    private FigureCsv() {}

    /** A data row: its line, the draft its cells make, the cells as written, and what could not be read. */
    record Row(int line, FigureDraft draft, Map<String, String> cells, List<ImportProblem> problems) {}

    record Parsed(List<Row> rows, List<ImportProblem> problems) {}

    static Parsed read(Reader reader) {
        List<Row> rows = new ArrayList<>();
        List<ImportProblem> problems = new ArrayList<>();
        try (CsvReader<CsvRecord> csv = CsvReader.builder()
                .detectBomHeader(true)
                .allowExtraFields(true)
                .allowMissingFields(true)
                .ofCsvRecord(reader)) {
            List<String> header = null;
            for (CsvRecord record : csv) {
                if (header == null) {
                    header = header(record, problems);
                    if (!problems.isEmpty()) {
                        break;
                    }
                    continue;
                }
                if (rows.size() == MAX_ROWS) {
                    problems.add(new ImportProblem(
                            (int) record.getStartingLineNumber(), null, "", "at most " + MAX_ROWS + " rows"));
                    break;
                }
                rows.add(row(header, record));
            }
            if (header == null) {
                problems.add(new ImportProblem(1, null, "", "a header line naming the columns " + REQUIRED));
            }
        } catch (CsvParseException e) {
            problems.add(new ImportProblem(0, null, "", "well-formed CSV (" + e.getMessage() + ")"));
        } catch (IOException | UncheckedIOException e) {
            problems.add(new ImportProblem(0, null, "", "a readable UTF-8 CSV file"));
        }
        return new Parsed(rows, problems);
    }

    /** The draft field a validator problem is about → the column it came from, as the file names it. */
    static String columnOf(String field, Map<String, String> cells) {
        for (Map.Entry<String, String> column : COLUMNS.entrySet()) {
            if (column.getValue().equals(field) && cells.containsKey(column.getKey())) {
                return column.getKey();
            }
        }
        return COLUMNS.entrySet().stream()
                .filter(column -> column.getValue().equals(field))
                .map(Map.Entry::getKey)
                .findFirst()
                .orElse(field);
    }

    private static List<String> header(CsvRecord record, List<ImportProblem> problems) {
        List<String> header = new ArrayList<>();
        for (String field : record.getFields()) {
            String name = field.strip().toLowerCase(Locale.ROOT);
            if (!COLUMNS.containsKey(name)) {
                problems.add(new ImportProblem(1, field, field, "a column named one of " + COLUMNS.keySet()));
            } else if (header.contains(name) || (isArea(name) && header.stream().anyMatch(FigureCsv::isArea))) {
                problems.add(new ImportProblem(1, field, field, "each column once"));
            }
            header.add(name);
        }
        for (String required : REQUIRED) {
            boolean present =
                    required.equals("scope") ? header.stream().anyMatch(FigureCsv::isArea) : header.contains(required);
            if (!present) {
                problems.add(new ImportProblem(1, required, "", "a column named " + required));
            }
        }
        return header;
    }

    private static boolean isArea(String name) {
        return name.equals("scope") || name.equals("area");
    }

    private static Row row(List<String> header, CsvRecord record) {
        int line = (int) record.getStartingLineNumber();
        List<ImportProblem> problems = new ArrayList<>();
        if (record.getFieldCount() != header.size()) {
            problems.add(new ImportProblem(
                    line,
                    null,
                    record.getFieldCount() + " fields",
                    header.size() + " fields, as many as the header has"));
        }
        Map<String, String> cells = new LinkedHashMap<>();
        for (int i = 0; i < header.size() && i < record.getFieldCount(); i++) {
            cells.put(header.get(i), record.getField(i));
        }
        FigureDraft draft = new FigureDraft(
                text(cells, "indicator"),
                number(cells, line, problems),
                text(cells, "qualifier"),
                date(cells, "period_start", line, problems),
                date(cells, "period_end", line, problems),
                cells.containsKey("area") ? text(cells, "area") : text(cells, "scope"),
                text(cells, "publisher"),
                text(cells, "speaker"),
                date(cells, "reported_on", line, problems),
                text(cells, "reference"),
                text(cells, "note"),
                text(cells, "source_kind"));
        return new Row(line, draft, cells, problems);
    }

    private static String text(Map<String, String> cells, String column) {
        String value = cells.get(column);
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static Long number(Map<String, String> cells, int line, List<ImportProblem> problems) {
        String value = text(cells, "value");
        if (value == null) {
            return null;
        }
        if (!WHOLE_NUMBER.matcher(value).matches()) {
            problems.add(new ImportProblem(
                    line, "value", value, "a whole number of people, 0 or more, in digits only (2350000)"));
            return null;
        }
        return Long.valueOf(value);
    }

    private static LocalDate date(Map<String, String> cells, String column, int line, List<ImportProblem> problems) {
        String value = text(cells, column);
        if (value == null) {
            return null;
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            problems.add(new ImportProblem(line, column, value, "a date as YYYY-MM-DD"));
            return null;
        }
    }

    private static Map<String, String> columns() {
        Map<String, String> columns = new LinkedHashMap<>();
        columns.put("reported_on", "reportedOn");
        columns.put("publisher", "publisher");
        columns.put("speaker", "speaker");
        columns.put("indicator", "indicator");
        columns.put("scope", "area");
        columns.put("area", "area");
        columns.put("period_start", "periodStart");
        columns.put("period_end", "periodEnd");
        columns.put("value", "value");
        columns.put("qualifier", "qualifier");
        columns.put("note", "note");
        columns.put("reference", "reference");
        columns.put("source_kind", "sourceKind");
        return Collections.unmodifiableMap(columns);
    }
}
