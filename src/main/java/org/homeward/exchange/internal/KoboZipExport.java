package org.homeward.exchange.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.zip.ZipEntry;
import org.homeward.exchange.Column;
import org.homeward.exchange.FileProblem;
import org.homeward.exchange.FileProblemException;
import org.homeward.exchange.Header;
import org.homeward.exchange.Limits;
import org.homeward.exchange.ProblemCode;
import org.homeward.exchange.ReadOptions;
import org.homeward.exchange.RowSource;
import org.homeward.exchange.SubmissionSource;
import org.homeward.exchange.Tables;

/**
 * A KoboToolbox or ODK CSV export that arrives as one ZIP archive (ODK Central's "all data as CSV", a KoboToolbox
 * export zipped with its repeat-group files). The files are recognised by their headers, not their names: the main
 * file has an id column and no link column; every file with a link column ({@code _submission__id},
 * {@code _submission__uuid}, {@code _parent_index}, {@code PARENT_KEY}) is a repeat group. Entries are streamed from
 * the archive under the same zip-bomb limits as an XLSX workbook, never extracted to disk.
 */
public final class KoboZipExport {

    private static final byte[] ZIP_SIGNATURE = {'P', 'K', 3, 4};

    private KoboZipExport() {}

    /** A ZIP archive, not a workbook, holding more than one CSV file; a single CSV stays an ordinary table. */
    public static boolean isExport(Path file, Limits limits) {
        try (InputStream in = Files.newInputStream(file)) {
            if (!java.util.Arrays.equals(in.readNBytes(4), ZIP_SIGNATURE)) {
                return false;
            }
        } catch (IOException e) {
            throw Problems.readFailed(e);
        }
        try (ZipGuard zip = ZipGuard.open(file, limits)) {
            return !XlsxPackage.isWorkbook(zip) && csvEntries(zip).size() > 1;
        } catch (FileProblemException e) {
            return false; // the table reader will report the same problem
        }
    }

    public static SubmissionSource open(Path file, ReadOptions options) {
        ZipGuard zip = ZipGuard.open(file, options.limits());
        try {
            ReadOptions plain = KoboCsvSubmissions.plain(options);
            var mains = new ArrayList<Found>();
            var repeats = new ArrayList<Found>();
            var empty = new ArrayList<String>();
            for (ZipEntry entry : csvEntries(zip)) {
                CsvPart part = new CsvPart(entry.getName(), o -> Tables.open(zip.open(entry), o));
                Header header;
                try (RowSource rows = part.open(plain)) {
                    header = rows.header();
                } catch (FileProblemException e) {
                    if (e.code() != ProblemCode.NO_DATA_ROWS) {
                        throw e;
                    }
                    empty.add(entry.getName());
                    continue;
                }
                if (KoboCsvSubmissions.linkColumn(header).isPresent()) {
                    repeats.add(new Found(part, header));
                } else if (KoboCsvSubmissions.idColumn(header).isPresent()) {
                    mains.add(new Found(part, header));
                }
            }
            Found main = main(mains, repeats, empty);
            Map<String, CsvPart> parts = new LinkedHashMap<>();
            for (Found repeat : repeats) {
                String path = groupPath(repeat, main.part().name());
                parts.put(parts.containsKey(path) ? baseName(repeat.part().name()) : path, repeat.part());
            }
            return KoboCsvSubmissions.open(main.part(), parts, options, zip::close);
        } catch (RuntimeException e) {
            zip.close();
            throw e;
        }
    }

    private static List<ZipEntry> csvEntries(ZipGuard zip) {
        return zip.entries().stream()
                .filter(e -> !e.isDirectory() && !e.getName().startsWith("__MACOSX/"))
                .filter(e -> e.getName().toLowerCase(Locale.ROOT).endsWith(".csv"))
                .toList();
    }

    private static Found main(List<Found> mains, List<Found> repeats, List<String> empty) {
        if (mains.size() == 1) {
            return mains.getFirst();
        }
        String found = "found "
                + names(
                        "repeat-group file",
                        repeats.stream().map(f -> f.part().name()).toList())
                + ", " + names("file without data rows", empty);
        if (mains.isEmpty()) {
            throw Problems.of(FileProblem.of(
                            ProblemCode.NO_MAIN_FILE,
                            "the ZIP archive holds no main file of submissions (" + found + ")")
                    .expecting("one CSV file with an id column (" + String.join(", ", KoboCsvSubmissions.ID_COLUMNS)
                            + ") and no link column, beside the repeat-group files"));
        }
        throw Problems.of(FileProblem.of(
                        ProblemCode.NO_MAIN_FILE,
                        "the ZIP archive holds more than one file that could be the main file: "
                                + mains.stream().map(f -> f.part().name()).collect(Collectors.joining(", ")))
                .expecting("one main CSV file; every other CSV file linked to it by "
                        + KoboCsvSubmissions.LINKS_EXPECTED));
    }

    private static String names(String what, List<String> names) {
        return names.size() + " " + what + (names.size() == 1 ? "" : "s")
                + (names.isEmpty() ? "" : " (" + String.join(", ", names) + ")");
    }

    /**
     * The repeat group's path: what its answer columns have in common ({@code household/members} for KoboToolbox's
     * {@code household/members/age}), else the file's name without the main file's ({@code members} for ODK's
     * {@code households-members.csv}, whose columns are relative to the repeat).
     */
    static String groupPath(Found repeat, String mainName) {
        boolean odk = repeat.header().named("PARENT_KEY").isPresent();
        List<String[]> parents = new ArrayList<>();
        for (Column column : repeat.header().columns()) {
            String name = column.name().strip();
            if (name.isEmpty() || name.startsWith("_") || KoboCsvSubmissions.isLinkColumn(name)) {
                continue;
            }
            String path = KoboCsvSubmissions.path(name, odk);
            int slash = path.lastIndexOf('/');
            if (slash < 0) {
                parents.clear();
                break;
            }
            parents.add(path.substring(0, slash).split("/"));
        }
        String common = commonSegments(parents);
        if (!common.isEmpty()) {
            return common;
        }
        String base = baseName(repeat.part().name());
        String mainBase = baseName(mainName);
        return base.startsWith(mainBase + "-") ? base.substring(mainBase.length() + 1) : base;
    }

    private static String commonSegments(List<String[]> parents) {
        if (parents.isEmpty()) {
            return "";
        }
        String[] first = parents.getFirst();
        int length = first.length;
        for (String[] other : parents) {
            int same = 0;
            while (same < Math.min(length, other.length) && other[same].equals(first[same])) {
                same++;
            }
            length = same;
        }
        return String.join("/", java.util.Arrays.copyOf(first, length));
    }

    private static String baseName(String entryName) {
        String name = entryName.substring(entryName.lastIndexOf('/') + 1);
        return name.toLowerCase(Locale.ROOT).endsWith(".csv") ? name.substring(0, name.length() - 4) : name;
    }

    record Found(CsvPart part, Header header) {}
}
