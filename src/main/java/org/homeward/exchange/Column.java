package org.homeward.exchange;

/**
 * One column of a table: its position in the header and in every {@link Row} of a {@link RowSource}, its 0-based
 * index in the file (differs from the position when untagged HXL columns are dropped), the header text above it
 * ("" when none) and its HXL hashtag (null when untagged or not read as HXL).
 */
public record Column(int position, int sourceIndex, String name, HxlTag tag) {

    public boolean isTagged() {
        return tag != null;
    }

    /** How messages name the column: its hashtag, else its header text, else its 1-based number. */
    public String label() {
        if (tag != null) {
            return tag.spec();
        }
        return name.isBlank() ? String.valueOf(sourceIndex + 1) : "'" + name.strip() + "'";
    }
}
