package org.homeward.exchange.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.SequenceInputStream;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.zip.ZipEntry;
import org.homeward.exchange.FileProblem;
import org.homeward.exchange.FileProblemException;
import org.homeward.exchange.ProblemCode;
import org.homeward.exchange.ReadOptions;
import org.homeward.exchange.RowSource;
import org.homeward.exchange.TableDescription;

/**
 * Recognises a file by its content (never by its name) and opens the matching reader: CSV text, HXL JSON, an XLSX
 * workbook, or a ZIP archive holding one CSV file. Everything else is refused with the reason.
 */
public final class TableOpener {

    private static final List<String> TEXT_TABLE_SUFFIXES = List.of(".csv", ".tsv", ".ssv", ".txt", ".hxl");

    private TableOpener() {}

    public static RowSource open(Path path, ReadOptions options) {
        Sample sample;
        try (InputStream in = Files.newInputStream(path)) {
            sample = Sample.read(in);
        } catch (IOException e) {
            throw Problems.readFailed(e);
        }
        FileKind kind = Sniffer.kind(sample);
        return switch (kind) {
            case TEXT -> text(sample, () -> Files.newInputStream(path), true, options, () -> {});
            case ZIP -> zip(path, options);
            default -> throw refused(kind);
        };
    }

    /**
     * Streams CSV straight from the input; JSON and ZIP need to be read twice or at random, so they are first
     * copied to a temporary file (at most {@code maxFileBytes}), deleted when the source is closed.
     */
    public static RowSource open(InputStream in, ReadOptions options) {
        Sample sample;
        try {
            sample = Sample.read(in);
        } catch (IOException e) {
            throw Problems.readFailed(e);
        }
        FileKind kind = Sniffer.kind(sample);
        if (kind == FileKind.TEXT && !isJson(sample, TextEncoding.decide(sample, options.encoding()))) {
            return text(sample, () -> rejoin(sample, in), false, options, () -> {});
        }
        if (kind != FileKind.TEXT && kind != FileKind.ZIP) {
            throw refused(kind);
        }
        Path copy = spill(sample, in, options.limits().maxFileBytes());
        try {
            RowSource source = open(copy, options);
            return source instanceof TabularRowSource tabular ? tabular.onClose(() -> delete(copy)) : source;
        } catch (RuntimeException e) {
            delete(copy);
            throw e;
        }
    }

    private static RowSource text(
            Sample sample, Bytes bytes, boolean reopenable, ReadOptions options, Runnable onClose) {
        try {
            TextEncoding.Decision decision = TextEncoding.decide(sample, options.encoding());
            String head = head(sample, decision);
            refuseMarkup(head);
            if (isJson(head)) {
                if (!reopenable) {
                    throw Problems.of(ProblemCode.UNSUPPORTED_FORMAT, "JSON inside a ZIP archive is not supported");
                }
                var rows = JsonRows.open(bytes, decision, options.jsonSelector(), options.limits());
                return TabularRowSource.open(rows, options).onClose(onClose);
            }
            char delimiter =
                    options.delimiter() != null ? options.delimiter() : DelimiterSniffer.sniff(head, sample.whole());
            InputStream in = bytes.open();
            in.skipNBytes(decision.bomLength());
            var reader = new DecodingReader(in, decision.charset(), decision.bomLength(), true);
            var rows = new CsvRows(
                    reader, delimiter, options.limits(), TableDescription.csv(decision.charset(), delimiter));
            return TabularRowSource.open(rows, options).onClose(onClose);
        } catch (IOException e) {
            onClose.run();
            throw Problems.readFailed(e);
        } catch (RuntimeException e) {
            onClose.run();
            throw e;
        }
    }

    private static RowSource zip(Path path, ReadOptions options) {
        ZipGuard zip = ZipGuard.open(path, options.limits());
        try {
            if (XlsxPackage.isWorkbook(zip)) {
                return XlsxTables.open(zip, options);
            }
            ZipEntry entry = singleTextTable(zip);
            InputStream in = zip.open(entry);
            Sample sample = Sample.read(in);
            FileKind kind = Sniffer.kind(sample);
            if (kind != FileKind.TEXT) {
                throw refused(kind);
            }
            return text(sample, () -> rejoin(sample, in), false, options, zip::close);
        } catch (IOException e) {
            zip.close();
            throw Problems.readFailed(e);
        } catch (RuntimeException e) {
            zip.close();
            throw e;
        }
    }

    private static ZipEntry singleTextTable(ZipGuard zip) {
        var files = zip.entries().stream()
                .filter(e -> !e.isDirectory() && !e.getName().startsWith("__MACOSX/"))
                .toList();
        var tables = files.stream()
                .filter(e -> TEXT_TABLE_SUFFIXES.stream()
                        .anyMatch(s -> e.getName().toLowerCase(Locale.ROOT).endsWith(s)))
                .toList();
        if (tables.size() == 1) {
            return tables.getFirst();
        }
        // Entry names may be personal (a family's name), so only their kinds are reported.
        String kinds = files.stream()
                .map(e -> {
                    String name = e.getName();
                    int dot = name.lastIndexOf('.');
                    return dot < 0 ? "(no extension)" : name.substring(dot).toLowerCase(Locale.ROOT);
                })
                .collect(Collectors.groupingBy(s -> s, java.util.TreeMap::new, Collectors.counting()))
                .entrySet()
                .stream()
                .map(e -> e.getValue() + " " + e.getKey())
                .collect(Collectors.joining(", "));
        throw Problems.of(FileProblem.of(
                        ProblemCode.UNSUPPORTED_FORMAT,
                        "the ZIP archive is not a workbook and does not hold exactly one CSV file (it holds "
                                + (kinds.isEmpty() ? "nothing" : kinds) + ")")
                .expecting("an .xlsx workbook, or a .zip with one .csv file"));
    }

    static FileProblemException refused(FileKind kind) {
        return switch (kind) {
            case EMPTY -> Problems.emptyFile();
            case OLE2 ->
                Problems.of(FileProblem.of(ProblemCode.UNSUPPORTED_FORMAT, "this is a legacy Excel 97-2003 file (.xls)")
                        .expecting("the workbook saved as .xlsx or CSV"));
            default ->
                Problems.of(FileProblem.of(ProblemCode.NOT_A_TABLE, "not a text table: this is " + kind.description)
                        .expecting("a CSV, XLSX or JSON file"));
        };
    }

    private static void refuseMarkup(String head) {
        String start = head.stripLeading();
        start = start.substring(0, Math.min(start.length(), 20)).toLowerCase(Locale.ROOT);
        if (start.startsWith("<!doctype html") || start.startsWith("<html")) {
            throw refusedAs("an HTML page");
        }
        if (start.startsWith("<?xml")) {
            throw refusedAs("an XML document");
        }
    }

    private static FileProblemException refusedAs(String what) {
        return Problems.of(FileProblem.of(ProblemCode.NOT_A_TABLE, "not a text table: this is " + what)
                .expecting("a CSV, XLSX or JSON file"));
    }

    private static boolean isJson(Sample sample, TextEncoding.Decision decision) {
        return isJson(head(sample, decision));
    }

    private static boolean isJson(String head) {
        String start = head.stripLeading();
        return start.startsWith("[") || start.startsWith("{");
    }

    /** The sample as text, for sniffing only: a character cut at the end of the sample is replaced, not an error. */
    private static String head(Sample sample, TextEncoding.Decision decision) {
        Charset charset = decision.charset();
        byte[] bytes = sample.bytes();
        return new String(bytes, decision.bomLength(), bytes.length - decision.bomLength(), charset);
    }

    private static InputStream rejoin(Sample sample, InputStream rest) {
        return new SequenceInputStream(new ByteArrayInputStream(sample.bytes()), rest);
    }

    private static Path spill(Sample sample, InputStream in, long maxBytes) {
        Path copy = null;
        try {
            copy = Files.createTempFile("homeward-upload-", ".tmp");
            try (OutputStream out = Files.newOutputStream(copy)) {
                out.write(sample.bytes());
                long total = sample.length();
                byte[] buffer = new byte[64 * 1024];
                for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                    total += n;
                    if (total > maxBytes) {
                        throw Problems.of(FileProblem.of(
                                        ProblemCode.FILE_TOO_LARGE,
                                        "the file is larger than " + Problems.count(maxBytes) + " bytes")
                                .expecting("a smaller file"));
                    }
                    out.write(buffer, 0, n);
                }
            }
            return copy;
        } catch (IOException e) {
            delete(copy);
            throw Problems.readFailed(e);
        } catch (RuntimeException e) {
            delete(copy);
            throw e;
        }
    }

    private static void delete(Path path) {
        if (path != null) {
            try {
                Files.deleteIfExists(path);
            } catch (IOException e) {
                // a leftover temporary file is removed by the system's cleaner
            }
        }
    }
}
