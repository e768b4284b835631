package org.homeward.exchange;

/** How the header of a table is found. */
public enum HeaderMode {
    /** The first non-blank row holds the column names. */
    PLAIN,
    /**
     * HXL: the first row in which at least half of the non-empty cells are valid hashtags is the hashtag row; the
     * row above it, if any, holds the names; rows above are titles and are skipped.
     */
    HXL
}
