package org.homeward.exchange;

import java.util.Objects;

/**
 * A column of an export: its header (a camelCase name, as in the JSON API) and, for HXL exports, its hashtag with
 * attributes ({@code #adm1+code}); a column without a hashtag gets an empty cell in the HXL tag row.
 */
public record ExportColumn(String name, String hxl) {

    public ExportColumn {
        Objects.requireNonNull(name, "name");
        if (hxl != null && !hxl.matches("#[a-z][a-z0-9_]*(\\s*\\+[a-z][a-z0-9_]*)*")) {
            throw new IllegalArgumentException("not an HXL hashtag: " + hxl);
        }
    }

    public static ExportColumn of(String name, String hxl) {
        return new ExportColumn(name, hxl);
    }

    public static ExportColumn of(String name) {
        return new ExportColumn(name, null);
    }
}
