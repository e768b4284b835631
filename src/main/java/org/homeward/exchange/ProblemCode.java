package org.homeward.exchange;

/**
 * Codes of the problems that make a file unreadable as a table (E1xxx). Codes of problems with the content of
 * readable rows (E2xxx and up, such as an unknown P-code) belong to the import's validators.
 */
public enum ProblemCode {
    EMPTY_FILE("E1001"),
    NOT_A_TABLE("E1002"),
    NOT_UTF8("E1003"),
    ENCODING_CONFLICT("E1004"),
    NO_DATA_ROWS("E1005"),
    TRUNCATED("E1006"),
    FIELD_TOO_LONG("E1007"),
    TOO_MANY_COLUMNS("E1008"),
    DUPLICATE_HEADER("E1009"),
    MISSING_HEADER("E1010"),
    MALFORMED_CSV("E1011"),
    CELL_OUTSIDE_HEADER("E1012"),
    NO_HASHTAG_ROW("E1013"),
    ARCHIVE_TOO_LARGE("E1014"),
    MALFORMED_WORKBOOK("E1015"),
    SHEET_NOT_FOUND("E1016"),
    UNSUPPORTED_FORMAT("E1017"),
    MALFORMED_JSON("E1018"),
    RECORD_TOO_LONG("E1019"),
    ORPHAN_REPEAT("E1020"),
    SUBMISSION_WITHOUT_ID("E1021"),
    INVALID_HASHTAG("E1022"),
    FILE_TOO_LARGE("E1023"),
    READ_FAILED("E1024"),
    NO_MAIN_FILE("E1025");

    private final String code;

    ProblemCode(String code) {
        this.code = code;
    }

    /** The code users see and support staff search for, such as {@code E1003}. */
    public String code() {
        return code;
    }
}
