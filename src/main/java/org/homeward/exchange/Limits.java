package org.homeward.exchange;

/**
 * Bounds that keep a hostile or broken file from exhausting memory or time. Every limit, when exceeded, stops the
 * read with a coded {@link FileProblem} instead of a crash.
 *
 * @param maxFieldChars longest cell, in characters (1 MiB by default)
 * @param maxColumns most columns in any row (10,000)
 * @param maxRecordChars longest CSV record, in characters, which bounds the parser's buffer (16 MiB)
 * @param maxHeaderSearchRows how many rows an HXL reader searches for the hashtag row (25)
 * @param maxFileBytes largest upload kept in a temporary file when a format needs random access (4 GiB)
 * @param maxUnzippedBytes most bytes all parts of an XLSX (or zipped CSV) may expand to (4 GiB)
 * @param maxZipRatio most an archive entry may expand relative to its compressed size (100, as Apache POI)
 * @param maxZipEntries most entries in an archive (10,000)
 * @param maxSharedStringChars most characters in an XLSX shared-strings table, which is held in memory (64 Mi)
 */
public record Limits(
        int maxFieldChars,
        int maxColumns,
        int maxRecordChars,
        int maxHeaderSearchRows,
        long maxFileBytes,
        long maxUnzippedBytes,
        int maxZipRatio,
        int maxZipEntries,
        long maxSharedStringChars) {

    public static final Limits DEFAULTS =
            new Limits(1 << 20, 10_000, 16 << 20, 25, 4L << 30, 4L << 30, 100, 10_000, 64L << 20);

    public Limits {
        if (maxFieldChars < 1 || maxColumns < 1 || maxHeaderSearchRows < 1 || maxZipRatio < 1 || maxZipEntries < 1) {
            throw new IllegalArgumentException("limits must be positive");
        }
        // The CSV parser must be able to hold one whole maximal field to report it as too long.
        maxRecordChars = Math.max(maxRecordChars, maxFieldChars + 1);
    }

    public Limits withMaxFieldChars(int value) {
        return new Limits(
                value,
                maxColumns,
                maxRecordChars,
                maxHeaderSearchRows,
                maxFileBytes,
                maxUnzippedBytes,
                maxZipRatio,
                maxZipEntries,
                maxSharedStringChars);
    }

    public Limits withMaxColumns(int value) {
        return new Limits(
                maxFieldChars,
                value,
                maxRecordChars,
                maxHeaderSearchRows,
                maxFileBytes,
                maxUnzippedBytes,
                maxZipRatio,
                maxZipEntries,
                maxSharedStringChars);
    }

    public Limits withMaxUnzippedBytes(long value) {
        return new Limits(
                maxFieldChars,
                maxColumns,
                maxRecordChars,
                maxHeaderSearchRows,
                maxFileBytes,
                value,
                maxZipRatio,
                maxZipEntries,
                maxSharedStringChars);
    }

    public Limits withMaxZipEntries(int value) {
        return new Limits(
                maxFieldChars,
                maxColumns,
                maxRecordChars,
                maxHeaderSearchRows,
                maxFileBytes,
                maxUnzippedBytes,
                maxZipRatio,
                value,
                maxSharedStringChars);
    }

    public Limits withMaxFileBytes(long value) {
        return new Limits(
                maxFieldChars,
                maxColumns,
                maxRecordChars,
                maxHeaderSearchRows,
                value,
                maxUnzippedBytes,
                maxZipRatio,
                maxZipEntries,
                maxSharedStringChars);
    }

    public Limits withMaxSharedStringChars(long value) {
        return new Limits(
                maxFieldChars,
                maxColumns,
                maxRecordChars,
                maxHeaderSearchRows,
                maxFileBytes,
                maxUnzippedBytes,
                maxZipRatio,
                maxZipEntries,
                value);
    }
}
