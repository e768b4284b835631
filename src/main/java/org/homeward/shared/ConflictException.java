package org.homeward.shared;

/** The request conflicts with the current state of a resource (409), e.g. a refused transition. */
public class ConflictException extends RuntimeException {

    private final String code;

    public ConflictException(String code, String detail) {
        super(detail);
        this.code = code;
    }

    public String code() {
        return code;
    }
}
