package org.homeward.exchange.imports;

import de.siegmar.fastcsv.writer.CsvWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.homeward.exchange.FileProblemException;
import org.homeward.exchange.KoboExports;
import org.homeward.exchange.ProblemCode;
import org.homeward.exchange.ReadOptions;
import org.homeward.exchange.Row;
import org.homeward.exchange.RowSource;
import org.homeward.exchange.Tables;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Files of import jobs under the data directory: the upload while its job runs (streamed to disk, never held in
 * memory) and, for a job with problems, the error report: the rows that had problems as the file had them, plus a
 * column saying what was wrong. The upload is deleted when the job ends.
 */
@Component
class ImportFiles {

    static final String ERROR_COLUMN = "import_errors";

    private final Path directory;

    ImportFiles(@Value("${homeward.exchange.imports.directory:data/imports}") Path directory) {
        this.directory = directory.toAbsolutePath();
    }

    /** Copies the upload to disk, at most {@code maxBytes}; answers the file, or null when it is larger. */
    Path store(UUID job, InputStream in, long maxBytes) throws IOException {
        Files.createDirectories(directory);
        Path file = directory.resolve(job + ".upload");
        try (OutputStream out = Files.newOutputStream(file)) {
            byte[] buffer = new byte[1 << 16];
            long total = 0;
            int n;
            while ((n = in.read(buffer)) > 0) {
                total += n;
                if (total > maxBytes) {
                    out.close();
                    Files.deleteIfExists(file);
                    return null;
                }
                out.write(buffer, 0, n);
            }
        }
        return file;
    }

    Path errorReport(UUID job) {
        return directory.resolve(job + ".errors.csv");
    }

    void deleteUpload(ImportJob job) {
        if (job.storedFile() != null) {
            ImportWorker.deleteQuietly(Path.of(job.storedFile()));
        }
    }

    /** HXL when the file has a hashtag row; else the first non-blank row names the columns. */
    static ReadOptions options(Path file) {
        try (RowSource source = Tables.open(file, ReadOptions.hxl())) {
            return ReadOptions.hxl();
        } catch (FileProblemException e) {
            if (e.code() == ProblemCode.NO_HASHTAG_ROW) {
                return ReadOptions.plain();
            }
            throw e;
        }
    }

    /**
     * The rows of a job's file: a KoboToolbox/ODK export (households only: a JSON file of submissions, or a ZIP
     * archive of the main CSV file and the repeat-group CSV files; the repeat group holds the members), else a
     * table (CSV, XLSX, HXL, a ZIP of one CSV).
     */
    static RowSource open(Path file, ImportKind kind, Map<String, String> mapping) {
        RowSource submissions = submissions(file, kind, mapping);
        return submissions != null ? submissions : Tables.open(file, options(file));
    }

    static RowSource open(Path file, ImportKind kind) {
        return open(file, kind, null);
    }

    /** Reads the whole file once, keeping nothing; answers its data rows, or throws the first problem. */
    static long check(Path file, ImportKind kind) {
        RowSource submissions = submissions(file, kind, null);
        if (submissions == null) {
            return Tables.check(file, options(file)).dataRows();
        }
        try (RowSource rows = submissions) {
            long count = 0;
            while (rows.hasNext()) {
                rows.next();
                count++;
            }
            return count;
        }
    }

    /** A KoboToolbox/ODK export's submissions as rows, or null for a file that is a table. */
    private static RowSource submissions(Path file, ImportKind kind, Map<String, String> mapping) {
        if (kind != ImportKind.HOUSEHOLDS) {
            return null;
        }
        if (isJson(file)) {
            return new SubmissionRows(KoboExports.readJson(file, ReadOptions.plain()), mapping);
        }
        if (KoboExports.isCsvArchive(file, ReadOptions.plain())) {
            return new SubmissionRows(KoboExports.readZip(file, ReadOptions.plain()), mapping);
        }
        return null;
    }

    /** JSON when the first character after a byte-order mark and white space opens an array or object. */
    static boolean isJson(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] head = in.readNBytes(4096);
            int i = head.length >= 3 && (head[0] & 0xFF) == 0xEF && (head[1] & 0xFF) == 0xBB ? 3 : 0;
            while (i < head.length && Character.isWhitespace(head[i])) {
                i++;
            }
            return i < head.length && (head[i] == '[' || head[i] == '{');
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The rows with errors, in the file's columns, with the errors of each row in a last column. */
    void writeErrorReport(ImportJob job, ImportJobStore jobs) {
        Path target = errorReport(job.id());
        Path temporary = target.resolveSibling(target.getFileName() + ".part");
        try (RowSource source = open(Path.of(job.storedFile()), job.kind(), job.mapping());
                Writer writer = Files.newBufferedWriter(temporary, StandardCharsets.UTF_8);
                CsvWriter csv = CsvWriter.builder().build(writer)) {
            writer.write('\uFEFF'); // so that spreadsheet programs read the Arabic as UTF-8
            List<String> header = new ArrayList<>(source.header().names());
            header.add(ERROR_COLUMN);
            csv.writeRecord(header);
            ErrorMerge merge = new ErrorMerge(jobs, job.id());
            while (source.hasNext()) {
                Row row = source.next();
                String errors = merge.errorsOf(row.number());
                if (errors != null) {
                    List<String> cells = new ArrayList<>(row.size() + 1);
                    row.cells().forEach(cell -> cells.add(Neutraliser.cell(cell)));
                    cells.add(errors);
                    csv.writeRecord(cells);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try {
            Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
