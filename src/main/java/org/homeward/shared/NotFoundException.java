package org.homeward.shared;

/** A resource that does not exist; answered as 404 naming what was looked for (never personal data). */
public class NotFoundException extends RuntimeException {

    private final String kind;
    private final String key;

    public NotFoundException(String kind, String key) {
        super("No " + kind + " '" + key + "'");
        this.kind = kind;
        this.key = key;
    }

    public String kind() {
        return kind;
    }

    public String key() {
        return key;
    }
}
