package org.homeward.exchange;

import java.nio.file.Path;
import java.util.Map;
import org.homeward.exchange.internal.KoboCsvSubmissions;
import org.homeward.exchange.internal.KoboJsonSubmissions;
import org.homeward.exchange.internal.KoboZipExport;

/**
 * Reads KoboToolbox and ODK submission exports into {@link Submission}s.
 *
 * <ul>
 *   <li>JSON: an array of submissions, or an object with a {@code results} array (the KoboToolbox API). Groups are
 *       paths ({@code household/head_name}) or nested objects (ODK Central); a repeat group is an array of objects.
 *   <li>CSV: the main file, with group paths as headers, plus one file per repeat group, whose rows point to their
 *       submission by {@code _submission__id} (to {@code _id}), {@code _submission__uuid} (to {@code _uuid}) or
 *       {@code _parent_index} (to {@code _index}). Repeat rows must come in the order of their submissions, as
 *       KoboToolbox writes them: the files are merged as they stream, never held in memory. ODK's CSV files link
 *       by {@code PARENT_KEY} (to {@code KEY}) and join group names with {@code -}, read as {@code /}.
 *   <li>ZIP: those CSV files in one archive, as ODK Central's "download all as CSV" gives them; which file is the
 *       main one and which are repeat groups is told by their link columns.
 * </ul>
 *
 * <p>Every problem of a multi-file export names the file it is in (the export's file names are the form's and its
 * groups' names).
 */
public final class KoboExports {

    private KoboExports() {}

    public static SubmissionSource readJson(Path file, ReadOptions options) {
        return KoboJsonSubmissions.open(file, options.limits());
    }

    /** @param repeats the CSV file of each repeat group, by the group's path (the key used in {@link Submission}) */
    public static SubmissionSource readCsv(Path main, Map<String, Path> repeats, ReadOptions options) {
        return KoboCsvSubmissions.open(main, repeats, options);
    }

    /**
     * Reads a ZIP archive of a CSV export, streaming its entries under the archive limits of {@link
     * ReadOptions#limits()} (entries, total expansion, ratio), as for an XLSX workbook.
     */
    public static SubmissionSource readZip(Path archive, ReadOptions options) {
        return KoboZipExport.open(archive, options);
    }

    /**
     * Whether a file is a ZIP archive (not a workbook) of more than one CSV file, so is read with {@link #readZip};
     * a ZIP with one CSV file is an ordinary table for {@link Tables}.
     */
    public static boolean isCsvArchive(Path file, ReadOptions options) {
        return KoboZipExport.isExport(file, options.limits());
    }

    /** Reads everything once without keeping it, so a broken export is refused before anything is saved. */
    public static long check(SubmissionSource source) {
        try (source) {
            long count = 0;
            while (source.hasNext()) {
                source.next();
                count++;
            }
            return count;
        }
    }
}
