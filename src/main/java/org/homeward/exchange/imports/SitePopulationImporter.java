package org.homeward.exchange.imports;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.homeward.exchange.Row;
import org.homeward.exchange.RowSource;
import org.homeward.geography.Gazetteer;
import org.homeward.geography.Site;
import org.homeward.shared.FieldError;
import org.homeward.sites.Sites;
import org.springframework.stereotype.Component;

/**
 * Population reports of sites (site, date, population, and optionally households, who reported it and an id) into
 * the sites module, which checks each report with its own rules. A record is keyed by the file's id column, or
 * else by site and date: a re-imported row whose content is unchanged is counted and left alone, a changed one
 * replaces its report. Such files are small (a report per site and date), so the whole file is imported in one
 * transaction with the job's checkpoint, as figures are.
 */
@Component
class SitePopulationImporter {

    static final int MAX_ROWS = 200_000;

    static final FieldColumns.Field ID = new FieldColumns.Field(
            "id", false, List.of("id", "record_id", "snapshot_id", "report_id", "المعرف"), List.of("#meta+id"));
    static final FieldColumns.Field SITE = new FieldColumns.Field(
            "site",
            true,
            List.of(
                    "site_code",
                    "site",
                    "site code",
                    "camp",
                    "camp_code",
                    "site_name",
                    "رمز الموقع",
                    "الموقع",
                    "المخيم",
                    "اسم الموقع"),
            List.of("#loc+code", "#loc+name", "#loc"));
    static final FieldColumns.Field DATE = new FieldColumns.Field(
            "date",
            true,
            List.of("date", "snapshot_date", "reported_on", "date of count", "التاريخ", "تاريخ الإحصاء"),
            List.of("#date"));
    static final FieldColumns.Field POPULATION = new FieldColumns.Field(
            "population",
            true,
            List.of("population", "individuals", "persons", "people", "السكان", "عدد السكان", "عدد الأفراد"),
            List.of("#affected+ind", "#population+ind", "#population+total", "#population"));
    static final FieldColumns.Field HOUSEHOLDS = new FieldColumns.Field(
            "households",
            false,
            List.of("households", "hh", "number of households", "الأسر", "عدد الأسر"),
            List.of("#affected+hh", "#population+hh", "#household+num"));
    static final FieldColumns.Field SOURCE = new FieldColumns.Field(
            "source",
            false,
            List.of("source", "reported_by", "reported by", "المصدر", "الجهة المبلغة"),
            List.of("#meta+source", "#org+reporting"));
    private static final List<FieldColumns.Field> FIELDS = List.of(ID, SITE, DATE, POPULATION, HOUSEHOLDS, SOURCE);

    private final Sites sites;
    private final Gazetteer gazetteer;
    private final ImportRecords records;
    private final BatchCommitter committer;
    private final Clock clock;

    SitePopulationImporter(
            Sites sites, Gazetteer gazetteer, ImportRecords records, BatchCommitter committer, Clock clock) {
        this.sites = sites;
        this.gazetteer = gazetteer;
        this.records = records;
        this.committer = committer;
        this.clock = clock;
    }

    /** One row read and typed; {@code site} is null when the row's site is unknown (already reported). */
    private record Report(long row, String externalId, String site, Sites.ImportedSnapshot snapshot, byte[] hash) {}

    void run(RunningJob job) {
        if (job.progress().checkpointRow() > 0) {
            return; // the whole file was committed before the job was interrupted
        }
        BatchOutcome batch = new BatchOutcome();
        List<Report> reports = new ArrayList<>();
        FieldColumns columns;
        try (RowSource source = ImportFiles.open(job.file(), ImportKind.SITE_POPULATIONS)) {
            columns = FieldColumns.of(source.header(), FIELDS);
            Map<String, String> siteNames = siteNames();
            Map<String, Long> firstRows = new HashMap<>();
            while (source.hasNext()) {
                Row row = source.next();
                batch.read++;
                batch.lastRow = row.number();
                Report report = read(row, columns, siteNames, job.job().source(), batch);
                if (report == null) {
                    continue;
                }
                Long earlier = firstRows.putIfAbsent(report.externalId(), row.number());
                if (earlier != null) {
                    batch.error(RowError.of(
                            ImportCode.DUPLICATE_RECORD,
                            row.number(),
                            columns.label(columns.has(ID) ? ID : SITE),
                            report.externalId(),
                            "one row per site and date (or id); the first is row " + earlier));
                } else {
                    reports.add(report);
                }
                if (reports.size() > MAX_ROWS) {
                    throw new ImportFailure(ImportCode.TOO_LONG, "rows", "at most " + MAX_ROWS + " reports a file");
                }
            }
        }
        committer.commit(job, batch, outcome -> save(job, columns, reports, outcome));
    }

    private Report read(
            Row row, FieldColumns columns, Map<String, String> siteNames, String jobSource, BatchOutcome batch) {
        List<RowError> errors = new ArrayList<>();
        String siteText = columns.value(row, SITE);
        String site = null;
        if (siteText.isEmpty()) {
            errors.add(RowError.of(ImportCode.REQUIRED, row.number(), columns.label(SITE), null, "a site code"));
        } else {
            site = gazetteer
                    .site(siteText.toUpperCase(Locale.ROOT))
                    .map(Site::code)
                    .orElse(siteNames.get(HeaderNames.normalise(siteText)));
            if (site == null) {
                errors.add(RowError.of(
                        ImportCode.UNKNOWN_SITE,
                        row.number(),
                        columns.label(SITE),
                        siteText,
                        "a site or camp code (or name) of the gazetteer"));
            }
        }
        String dateText = columns.value(row, DATE);
        LocalDate date = DateValidator.parse(dateText);
        if (date == null) {
            errors.add(RowError.of(
                    dateText.isEmpty() ? ImportCode.REQUIRED : ImportCode.INVALID_DATE,
                    row.number(),
                    columns.label(DATE),
                    dateText.isEmpty() ? null : dateText,
                    "a date such as 2025-03-07 or 07/03/2025"));
        }
        Integer population = number(row, columns, POPULATION, true, errors);
        Integer households = number(row, columns, HOUSEHOLDS, false, errors);
        if (!errors.isEmpty()) {
            batch.errors(errors);
            return null;
        }
        String reportedBy = columns.value(row, SOURCE);
        Sites.ImportedSnapshot snapshot =
                new Sites.ImportedSnapshot(date, population, households, reportedBy.isEmpty() ? jobSource : reportedBy);
        String id = columns.value(row, ID);
        String externalId = id.isEmpty() ? site + "/" + date : id;
        return new Report(row.number(), externalId, site, snapshot, hash(site, snapshot));
    }

    /** A whole number, signed so that the sites module's own range rule names a negative one. */
    private static Integer number(
            Row row, FieldColumns columns, FieldColumns.Field field, boolean required, List<RowError> errors) {
        String text = columns.value(row, field);
        if (text.isEmpty()) {
            if (required) {
                errors.add(RowError.of(ImportCode.REQUIRED, row.number(), columns.label(field), null, "a number"));
            }
            return null;
        }
        String digits = text.endsWith(".0") ? text.substring(0, text.length() - 2) : text;
        if (digits.matches("\\d{1,3}(,\\d{3})+")) {
            digits = digits.replace(",", "");
        }
        if (!digits.matches("-?\\d{1,9}")) {
            errors.add(
                    RowError.of(ImportCode.INVALID_NUMBER, row.number(), columns.label(field), text, "a whole number"));
            return null;
        }
        return Integer.parseInt(digits);
    }

    private void save(RunningJob job, FieldColumns columns, List<Report> reports, BatchOutcome batch) {
        String source = job.job().source();
        Map<String, ImportRecords.Known> known = records.find(
                source,
                ImportKind.SITE_POPULATIONS,
                reports.stream().map(Report::externalId).toList());
        List<ImportRecords.Made> made = new ArrayList<>();
        for (Report report : reports) {
            ImportRecords.Known before = known.get(report.externalId());
            if (before != null && Arrays.equals(before.hash(), report.hash())) {
                batch.validated++;
                batch.unchanged++;
                continue;
            }
            Long replacing = before == null ? null : Long.valueOf(before.targetId());
            Sites.SnapshotImport result =
                    sites.importSnapshot(report.site(), report.snapshot(), replacing, job.dryRun());
            if (!result.accepted()) {
                for (FieldError problem : result.errors()) {
                    batch.error(refusal(report, columns, problem));
                }
                continue;
            }
            batch.validated++;
            if (before == null) {
                batch.created++;
            } else {
                batch.updated++;
            }
            if (!job.dryRun()) {
                batch.saved++;
                made.add(new ImportRecords.Made(report.externalId(), result.id().toString(), report.hash()));
            }
        }
        if (!job.dryRun()) {
            records.save(source, ImportKind.SITE_POPULATIONS, job.job().id(), made, clock.instant());
        }
    }

    private static RowError refusal(Report report, FieldColumns columns, FieldError problem) {
        FieldColumns.Field field = FIELDS.stream()
                .filter(f -> f.key().equals(problem.field()))
                .findFirst()
                .orElse(null);
        Sites.ImportedSnapshot s = report.snapshot();
        String value = switch (problem.field()) {
            case "site" -> report.site();
            case "date" -> String.valueOf(s.date());
            case "population" -> String.valueOf(s.population());
            case "households" -> String.valueOf(s.households());
            case "source" -> s.source();
            default -> null;
        };
        return new RowError(
                report.row(),
                field == null ? problem.field() : columns.label(field),
                value,
                ImportCode.REFUSED_BY_SITES.code(),
                ImportCode.REFUSED_BY_SITES.summary() + " [" + problem.code() + "]",
                problem.message());
    }

    private Map<String, String> siteNames() {
        Map<String, String> names = new HashMap<>();
        for (Site site : gazetteer.sites()) {
            names.putIfAbsent(HeaderNames.normalise(site.nameEn()), site.code());
            if (site.nameAr() != null) {
                names.putIfAbsent(HeaderNames.normalise(site.nameAr()), site.code());
            }
        }
        return names;
    }

    private static byte[] hash(String site, Sites.ImportedSnapshot s) {
        String content = String.join(
                "\u0000",
                site,
                s.date().toString(),
                String.valueOf(s.population()),
                String.valueOf(s.households()),
                s.source());
        try {
            return MessageDigest.getInstance("SHA-256").digest(content.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
