package org.homeward.exchange.imports;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import org.homeward.exchange.Row;
import org.homeward.exchange.RowSource;
import org.homeward.geography.EditionDifferences;
import org.homeward.geography.GazetteerEditions;
import org.homeward.shared.FieldError;
import org.homeward.shared.ValidationException;
import org.springframework.stereotype.Component;

/**
 * A gazetteer edition from a P-code table, such as HDX's global admin P-codes ({@code #adm+code}, {@code #adm+name},
 * {@code #adm+code+parent}, {@code #geo+admin_level}, {@code #country+code}): the Syrian rows become an edition of
 * the geography module, which checks it whole and stores it whole. An edition is all or nothing whatever the mode:
 * with any row error nothing is stored. Its code is the job's source and a hash of the areas, so the same file
 * again is the same edition (stored already: every area unchanged). The differences from the current edition
 * (added, removed and renamed P-codes at the file's levels) are the job's outcome.
 */
@Component
class GazetteerEditionImporter {

    static final int MAX_AREAS = 100_000;
    private static final String COUNTRY_CODE = "SYR";

    static final FieldColumns.Field PCODE = new FieldColumns.Field(
            "pcode", true, List.of("pcode", "p-code", "p code", "admin_pcode", "الرمز"), List.of("#adm+code-parent"));
    static final FieldColumns.Field NAME = new FieldColumns.Field(
            "name_en", true, List.of("name", "name_en", "admin_name", "الاسم"), List.of("#adm+name-ar"));
    static final FieldColumns.Field NAME_AR =
            new FieldColumns.Field("name_ar", false, List.of("name_ar", "الاسم بالعربية"), List.of("#adm+name+ar"));
    static final FieldColumns.Field PARENT = new FieldColumns.Field(
            "parent_pcode",
            false,
            List.of("parent p-code", "parent_pcode", "parent", "رمز الأصل"),
            List.of("#adm+code+parent"));
    static final FieldColumns.Field LEVEL = new FieldColumns.Field(
            "level",
            true,
            List.of("admin level", "admin_level", "level", "المستوى الإداري"),
            List.of("#geo+admin_level"));
    static final FieldColumns.Field COUNTRY = new FieldColumns.Field(
            "country", false, List.of("location", "country", "country_code", "البلد"), List.of("#country+code"));
    private static final List<FieldColumns.Field> FIELDS = List.of(PCODE, NAME, NAME_AR, PARENT, LEVEL, COUNTRY);

    private final GazetteerEditions editions;
    private final ImportJobStore jobs;
    private final BatchCommitter committer;

    GazetteerEditionImporter(GazetteerEditions editions, ImportJobStore jobs, BatchCommitter committer) {
        this.editions = editions;
        this.jobs = jobs;
        this.committer = committer;
    }

    void run(RunningJob job) {
        if (job.progress().checkpointRow() > 0) {
            return; // the edition and the job's counts were committed together before an interruption
        }
        BatchOutcome batch = new BatchOutcome();
        List<GazetteerEditions.NewArea> areas = new ArrayList<>();
        List<Long> rows = new ArrayList<>();
        FieldColumns columns;
        try (RowSource source = ImportFiles.open(job.file(), ImportKind.GAZETTEER_EDITION)) {
            columns = FieldColumns.of(source.header(), FIELDS);
            while (source.hasNext()) {
                Row row = source.next();
                batch.read++;
                batch.lastRow = row.number();
                String country = columns.value(row, COUNTRY);
                if (!country.isEmpty() && !country.equalsIgnoreCase(COUNTRY_CODE)) {
                    continue; // a global file: only Syria's areas make a Syrian gazetteer edition
                }
                GazetteerEditions.NewArea area = read(row, columns, batch);
                if (area != null) {
                    areas.add(area);
                    rows.add(row.number());
                }
                if (areas.size() > MAX_AREAS) {
                    throw new ImportFailure(ImportCode.TOO_LONG, "rows", "at most " + MAX_AREAS + " areas a file");
                }
            }
        }
        committer.commit(job, batch, outcome -> store(job, columns, areas, rows, outcome));
    }

    private static GazetteerEditions.NewArea read(Row row, FieldColumns columns, BatchOutcome batch) {
        String levelText = columns.value(row, LEVEL);
        if (!levelText.matches("[1-4](\\.0)?")) {
            batch.error(RowError.of(
                    ImportCode.INVALID_NUMBER, row.number(), columns.label(LEVEL), levelText, "a level from 1 to 4"));
            return null;
        }
        int level = levelText.charAt(0) - '0';
        String pcode = columns.value(row, PCODE).toUpperCase(Locale.ROOT);
        String parent = columns.value(row, PARENT).toUpperCase(Locale.ROOT);
        // HDX names the country as the parent of a governorate; in a gazetteer a governorate has none.
        String parentPcode = level == 1 || parent.isEmpty() ? null : parent;
        String nameAr = columns.value(row, NAME_AR);
        return new GazetteerEditions.NewArea(
                pcode, level, columns.value(row, NAME), nameAr.isEmpty() ? null : nameAr, parentPcode);
    }

    private void store(
            RunningJob job,
            FieldColumns columns,
            List<GazetteerEditions.NewArea> areas,
            List<Long> rows,
            BatchOutcome batch) {
        if (!batch.errors.isEmpty() || areas.isEmpty()) {
            return; // an edition is whole or nothing
        }
        String code = code(job.job().source(), areas);
        GazetteerEditions.NewEdition edition = new GazetteerEditions.NewEdition(
                code,
                "Imported from " + job.job().fileName(),
                job.job().actor().organisationCode() + " import of " + job.job().fileName(),
                areas);
        EditionDifferences differences;
        try {
            differences = editions.importEdition(edition, job.dryRun());
        } catch (ValidationException e) {
            for (FieldError problem : e.errors()) {
                batch.error(refusal(problem, columns, areas, rows));
            }
            return;
        }
        batch.validated += areas.size();
        if (differences.stored()) {
            batch.created += areas.size();
            batch.saved += areas.size();
        } else if (!job.dryRun()) {
            batch.unchanged += areas.size();
        }
        jobs.outcome(job.job().id(), differences);
    }

    private static RowError refusal(
            FieldError problem, FieldColumns columns, List<GazetteerEditions.NewArea> areas, List<Long> rows) {
        java.util.regex.Matcher at =
                java.util.regex.Pattern.compile("areas\\[(\\d+)]\\.(\\w+)").matcher(problem.field());
        long row = 0;
        String column = problem.field();
        String value = null;
        if (at.matches()) {
            int index = Integer.parseInt(at.group(1));
            GazetteerEditions.NewArea area = areas.get(index);
            row = rows.get(index);
            FieldColumns.Field field = switch (at.group(2)) {
                case "pcode" -> PCODE;
                case "level" -> LEVEL;
                case "nameEn" -> NAME;
                default -> PARENT;
            };
            column = columns.label(field);
            value = field == PCODE ? area.pcode() : field == PARENT ? area.parentPcode() : null;
        }
        return new RowError(
                row,
                column,
                value,
                ImportCode.REFUSED_BY_GAZETTEER.code(),
                ImportCode.REFUSED_BY_GAZETTEER.summary() + " [" + problem.code() + "]",
                problem.message());
    }

    /** The job's source and a hash of the areas: the same table from the same source is the same edition. */
    static String code(String jobSource, List<GazetteerEditions.NewArea> areas) {
        String source = jobSource
                .substring(jobSource.indexOf(':') + 1)
                .toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z0-9]+", "-")
                .replaceAll("^-+|-+$", "");
        if (source.isEmpty()) {
            source = "import";
        }
        source = source.length() > 30 ? source.substring(0, 30) : source;
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            for (GazetteerEditions.NewArea area : areas) {
                digest.update((area.pcode() + "\u0000" + area.level() + "\u0000" + area.nameEn() + "\u0000"
                                + area.nameAr() + "\u0000" + area.parentPcode() + "\n")
                        .getBytes(StandardCharsets.UTF_8));
            }
            return source + "-" + HexFormat.of().formatHex(digest.digest()).substring(0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
