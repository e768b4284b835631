package org.homeward.exchange.internal;

import java.io.Closeable;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import org.homeward.exchange.FileProblem;
import org.homeward.exchange.FileProblemException;
import org.homeward.exchange.Limits;
import org.homeward.exchange.ProblemCode;

/**
 * A ZIP archive opened for reading with zip-bomb defences: a cap on the number of entries, on the bytes all entries
 * together expand to, and on how much an entry expands relative to its compressed size (checked once it has
 * produced {@value #GRACE_BYTES} bytes, so tiny parts may compress well). Sizes are measured while inflating; the
 * sizes an archive declares are not trusted.
 */
final class ZipGuard implements Closeable {

    static final long GRACE_BYTES = 1 << 20;

    private final ZipFile zip;
    private final Limits limits;
    private final Map<String, ZipEntry> byLowerCaseName = new HashMap<>();
    private long expanded;

    private ZipGuard(ZipFile zip, Limits limits) {
        this.zip = zip;
        this.limits = limits;
    }

    static ZipGuard open(Path path, Limits limits) {
        ZipFile zip;
        try {
            zip = new ZipFile(path.toFile());
        } catch (ZipException e) {
            throw new FileProblemException(
                    FileProblem.of(ProblemCode.MALFORMED_WORKBOOK, "the ZIP archive (XLSX) is damaged or truncated")
                            .expecting("a complete .xlsx or .zip file"),
                    e);
        } catch (IOException e) {
            throw Problems.readFailed(e);
        }
        var guard = new ZipGuard(zip, limits);
        int entries = zip.size();
        if (entries > limits.maxZipEntries()) {
            guard.close();
            throw tooLarge(
                    "the archive has " + Problems.count(entries) + " entries",
                    "at most " + Problems.count(limits.maxZipEntries()) + " entries");
        }
        Collections.list(zip.entries())
                .forEach(e -> guard.byLowerCaseName.putIfAbsent(e.getName().toLowerCase(Locale.ROOT), e));
        return guard;
    }

    /** The entry of that name, matched without regard to case (some writers disagree with their own relationships). */
    ZipEntry entry(String name) {
        ZipEntry exact = zip.getEntry(name);
        return exact != null ? exact : byLowerCaseName.get(name.toLowerCase(Locale.ROOT));
    }

    List<ZipEntry> entries() {
        return zip.stream().map(ZipEntry.class::cast).toList();
    }

    InputStream open(ZipEntry entry) {
        try {
            return new Counting(zip.getInputStream(entry), entry);
        } catch (ZipException e) {
            throw damaged(entry, e);
        } catch (IOException e) {
            throw Problems.readFailed(e);
        }
    }

    private static FileProblemException tooLarge(String summary, String expected) {
        return Problems.of(FileProblem.of(ProblemCode.ARCHIVE_TOO_LARGE, summary + "; refused as a possible zip bomb")
                .expecting(expected));
    }

    private static FileProblemException damaged(ZipEntry entry, Exception e) {
        return new FileProblemException(
                FileProblem.of(ProblemCode.MALFORMED_WORKBOOK, "damaged archive part")
                        .withValue(entry.getName())
                        .expecting("a complete .xlsx or .zip file"),
                e);
    }

    @Override
    public void close() {
        try {
            zip.close();
        } catch (IOException e) {
            // nothing was written
        }
    }

    /** Counts inflated bytes of one entry against the limits. */
    private final class Counting extends FilterInputStream {

        private final ZipEntry entry;
        private final long compressed;
        private long produced;

        Counting(InputStream in, ZipEntry entry) {
            super(in);
            this.entry = entry;
            this.compressed = Math.max(entry.getCompressedSize(), 1);
        }

        @Override
        public int read() throws IOException {
            int b = inflate(() -> super.read());
            if (b >= 0) {
                count(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = inflate(() -> super.read(buffer, offset, length));
            if (n > 0) {
                count(n);
            }
            return n;
        }

        private int inflate(IoRead read) throws IOException {
            try {
                return read.run();
            } catch (ZipException | java.io.EOFException e) {
                throw damaged(entry, e);
            }
        }

        private void count(int n) {
            produced += n;
            expanded += n;
            if (expanded > limits.maxUnzippedBytes()) {
                throw tooLarge(
                        "the archive expands to more than " + Problems.count(limits.maxUnzippedBytes()) + " bytes",
                        "at most " + Problems.count(limits.maxUnzippedBytes()) + " bytes uncompressed");
            }
            if (produced > GRACE_BYTES && produced > compressed * limits.maxZipRatio()) {
                throw Problems.of(FileProblem.of(
                                ProblemCode.ARCHIVE_TOO_LARGE,
                                "refused as a possible zip bomb: more than " + limits.maxZipRatio()
                                        + " times its compressed size when expanded, archive part")
                        .withValue(entry.getName())
                        .expecting("an archive compressed at most " + limits.maxZipRatio() + " to 1"));
            }
        }
    }

    @FunctionalInterface
    private interface IoRead {
        int run() throws IOException;
    }
}
