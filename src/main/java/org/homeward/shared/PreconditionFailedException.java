package org.homeward.shared;

/**
 * A conditional request whose condition does not hold: 412 when the client's version is stale, 428 when a
 * change was sent without saying which version it changes.
 */
public class PreconditionFailedException extends RuntimeException {

    private final boolean missing;

    private PreconditionFailedException(String detail, boolean missing) {
        super(detail);
        this.missing = missing;
    }

    public static PreconditionFailedException stale(String kind, Object currentVersion) {
        return new PreconditionFailedException(
                "The " + kind + " was changed by someone else (now at version " + currentVersion
                        + "); read it again and repeat your change",
                false);
    }

    public static PreconditionFailedException ifMatchMissing() {
        return new PreconditionFailedException("Send If-Match with the ETag of the version you are changing", true);
    }

    public boolean isMissing() {
        return missing;
    }
}
