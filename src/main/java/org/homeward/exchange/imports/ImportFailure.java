package org.homeward.exchange.imports;

/** Stops a whole job: the file's columns or mapping make every row unusable. Nothing is saved. */
final class ImportFailure extends RuntimeException {

    private final ImportCode code;

    ImportFailure(ImportCode code, String column, String detail) {
        super(code.code() + " " + code.summary() + " '" + column + "'"
                + (detail == null ? "" : "; expected " + detail));
        this.code = code;
    }

    ImportCode code() {
        return code;
    }
}
