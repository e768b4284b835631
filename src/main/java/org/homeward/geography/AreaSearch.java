package org.homeward.geography;

/**
 * What to look for in the gazetteer. Every part is optional; {@code AreaSearch.all()} lists everything.
 *
 * @param text a name in Arabic or Latin script (any common transliteration), an alias, or a P-code
 * @param level 1 to 4, or null for all levels
 * @param parent only direct children of this P-code
 * @param within only areas below this P-code (any depth)
 * @param edition the gazetteer edition; null for the current one
 */
public record AreaSearch(String text, Integer level, String parent, String within, String edition) {

    public AreaSearch {
        text = blankToNull(text);
        parent = blankToNull(parent);
        within = blankToNull(within);
        edition = blankToNull(edition);
    }

    public static AreaSearch all() {
        return new AreaSearch(null, null, null, null, null);
    }

    public static AreaSearch text(String text) {
        return all().withText(text);
    }

    public AreaSearch withText(String value) {
        return new AreaSearch(value, level, parent, within, edition);
    }

    public AreaSearch atLevel(Integer value) {
        return new AreaSearch(text, value, parent, within, edition);
    }

    public AreaSearch childrenOf(String value) {
        return new AreaSearch(text, level, value, within, edition);
    }

    public AreaSearch within(String value) {
        return new AreaSearch(text, level, parent, value, edition);
    }

    public AreaSearch inEdition(String value) {
        return new AreaSearch(text, level, parent, within, value);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
