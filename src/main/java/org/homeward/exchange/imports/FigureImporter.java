package org.homeward.exchange.imports;

import de.siegmar.fastcsv.writer.CsvWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.homeward.exchange.Column;
import org.homeward.exchange.Header;
import org.homeward.exchange.Row;
import org.homeward.exchange.RowSource;
import org.homeward.geography.Gazetteer;
import org.homeward.statistics.FigureLedger;
import org.homeward.statistics.ImportReport;
import org.springframework.stereotype.Component;

/**
 * Reported figures into the statistics module's ledger, through its own CSV import (which validates, refuses
 * duplicates and audits). Two forms are read: the ledger's own columns ({@code reported_figures.csv}), and IDMC's
 * IDP figures as HDX publishes them in HXL ({@code #country+code}, {@code #date+year},
 * {@code #affected+idps+ind+stock+conflict}), whose conflict stock per country and year becomes an {@code idps}
 * figure for the year, as an estimate ({@code about}). A figure file is small (a figure per area and period), so it
 * is imported in one transaction: all its figures, errors and the job's checkpoint commit together.
 */
@Component
class FigureImporter {

    static final int MAX_FIGURES = 200_000;
    private static final String IDMC = "IDMC, Internal Displacement Monitoring Centre (via HDX)";
    private static final List<String> LEDGER_COLUMNS = List.of(
            "reported_on",
            "publisher",
            "speaker",
            "indicator",
            "scope",
            "period_start",
            "period_end",
            "value",
            "qualifier",
            "note",
            "reference",
            "source_kind");

    private final FigureLedger ledger;
    private final Gazetteer gazetteer;
    private final BatchCommitter committer;
    private final Clock clock;

    FigureImporter(FigureLedger ledger, Gazetteer gazetteer, BatchCommitter committer, Clock clock) {
        this.ledger = ledger;
        this.gazetteer = gazetteer;
        this.committer = committer;
        this.clock = clock;
    }

    void run(RunningJob job) {
        if (job.progress().checkpointRow() > 0) {
            return; // the whole file was committed before the job was interrupted
        }
        BatchOutcome batch = new BatchOutcome();
        List<Figure> figures = new ArrayList<>();
        try (RowSource source = ImportFiles.open(job.file(), ImportKind.FIGURES)) {
            Reader reader = reader(source.header());
            References references = new References(gazetteer);
            while (source.hasNext()) {
                Row row = source.next();
                batch.read++;
                batch.lastRow = row.number();
                if (row.number() > job.progress().checkpointRow()) {
                    reader.read(row, references, batch, figures);
                }
                if (figures.size() > MAX_FIGURES) {
                    throw new ImportFailure(
                            ImportCode.TOO_LONG, "figures", "at most " + MAX_FIGURES + " figures a file");
                }
            }
        }
        committer.commit(job, batch, outcome -> importFigures(job, figures, outcome));
    }

    /** One ledger row from one source row, and the row it came from. */
    record Figure(long row, List<String> cells) {}

    private void importFigures(RunningJob job, List<Figure> figures, BatchOutcome batch) {
        List<Figure> accepted = figures;
        ImportReport report = ledger.importCsv(new StringReader(csv(accepted)), true);
        if (!report.valid()) {
            Set<Long> refused = new HashSet<>();
            for (ImportReport.ImportProblem problem : report.problems()) {
                long row = problem.row() >= 2 && problem.row() - 2 < accepted.size()
                        ? accepted.get(problem.row() - 2).row()
                        : batch.lastRow;
                refused.add(row);
                batch.error(new RowError(
                        row,
                        problem.column(),
                        problem.value(),
                        ImportCode.REFUSED_BY_LEDGER.code(),
                        ImportCode.REFUSED_BY_LEDGER.summary(),
                        problem.expected()));
            }
            accepted = accepted.stream().filter(f -> !refused.contains(f.row())).toList();
            report = ledger.importCsv(new StringReader(csv(accepted)), true);
        }
        boolean write = !job.dryRun() && report.valid() && !accepted.isEmpty();
        if (write) {
            report = ledger.importCsv(new StringReader(csv(accepted)), false);
        }
        batch.validated += accepted.size();
        batch.created += report.created();
        batch.unchanged += report.unchanged();
        if (write) {
            batch.saved += report.created();
        }
    }

    private static String csv(List<Figure> figures) {
        StringWriter text = new StringWriter();
        try (CsvWriter csv = CsvWriter.builder().build(text)) {
            csv.writeRecord(LEDGER_COLUMNS);
            figures.forEach(figure -> csv.writeRecord(figure.cells()));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return text.toString();
    }

    private Reader reader(Header header) {
        if (header.named("indicator").isPresent() && header.named("value").isPresent()) {
            return new LedgerColumns(header);
        }
        List<Column> country = header.matching("#country+code");
        List<Column> year = header.matching("#date+year");
        List<Column> stock = header.matching("#affected+idps+stock+conflict");
        if (country.isEmpty() || year.isEmpty() || stock.isEmpty()) {
            throw new ImportFailure(
                    ImportCode.MISSING_COLUMN,
                    "#country+code, #date+year, #affected+idps+stock+conflict",
                    "the ledger's columns (reported_on, publisher, indicator, scope, period_start, period_end, value)"
                            + " or IDMC's HXL columns");
        }
        return new IdmcColumns(country.getFirst(), year.getFirst(), stock.getFirst(), LocalDate.now(clock));
    }

    private interface Reader {
        void read(Row row, References references, BatchOutcome batch, List<Figure> figures);
    }

    private record LedgerColumns(Header header) implements Reader {

        @Override
        public void read(Row row, References references, BatchOutcome batch, List<Figure> figures) {
            List<String> cells = new ArrayList<>();
            for (String column : LEDGER_COLUMNS) {
                cells.add(header.named(column)
                        .map(c -> row.cell(c.position()).strip())
                        .orElse(""));
            }
            figures.add(new Figure(row.number(), cells));
        }
    }

    private record IdmcColumns(Column country, Column year, Column stock, LocalDate today) implements Reader {

        @Override
        public void read(Row row, References references, BatchOutcome batch, List<Figure> figures) {
            String value = row.cell(stock.position()).strip();
            if (value.isEmpty()) {
                return; // no figure for this country and year
            }
            String code = row.cell(country.position()).strip();
            References.Resolved resolved = references.country(code);
            if (!resolved.ok()) {
                batch.error(RowError.of(resolved.problem(), row.number(), country.label(), code, resolved.expected()));
                return;
            }
            String yearText = row.cell(year.position()).strip();
            if (!yearText.matches("(19|20)\\d\\d")) {
                batch.error(RowError.of(ImportCode.INVALID_DATE, row.number(), year.label(), yearText, "a year"));
                return;
            }
            LocalDate end = LocalDate.of(Integer.parseInt(yearText), 12, 31);
            LocalDate reported = end.isAfter(today) ? today : end;
            figures.add(new Figure(
                    row.number(),
                    List.of(
                            reported.toString(),
                            IDMC,
                            "",
                            "idps",
                            resolved.code(),
                            end.withDayOfYear(1).toString(),
                            end.toString(),
                            value,
                            "about",
                            "conflict stock displacement at the end of the year",
                            "https://data.humdata.org/",
                            "OTHER")));
        }
    }
}
