package org.homeward.exchange;

import java.util.Locale;

/** The tabular formats Homeward writes; each names its media type and file extension. */
public enum ExportFormat {
    CSV("text/csv", "csv"),
    /** CSV with a second header row of HXL hashtags (hxlstandard.org), read by HDX and the HXL tools. */
    HXL("text/csv", "csv"),
    XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx"),
    /** One JSON array of objects keyed by column name. */
    JSON("application/json", "json");

    /** The values a {@code format} parameter accepts, for error messages. */
    public static final String ALLOWED = "one of csv, xlsx, hxl, json";

    private final String mediaType;
    private final String extension;

    ExportFormat(String mediaType, String extension) {
        this.mediaType = mediaType;
        this.extension = extension;
    }

    public String mediaType() {
        return mediaType;
    }

    public String extension() {
        return extension;
    }

    /** The format a parameter names (any case), or null when it names none. */
    public static ExportFormat parse(String value) {
        if (value == null) {
            return null;
        }
        for (ExportFormat format : values()) {
            if (format.name().equals(value.strip().toUpperCase(Locale.ROOT))) {
                return format;
            }
        }
        return null;
    }
}
