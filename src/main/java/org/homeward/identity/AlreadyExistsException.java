package org.homeward.identity;

/** Something with this key exists already (a username, an organisation code); answered as 409. */
public class AlreadyExistsException extends RuntimeException {

    private final String kind;
    private final String key;

    public AlreadyExistsException(String kind, String key) {
        super("A " + kind + " '" + key + "' exists already");
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
