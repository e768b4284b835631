package org.homeward.exchange.imports;

/** Codes of problems with the content of readable rows (E2xxx); problems with the file itself are E1xxx. */
public enum ImportCode {
    REQUIRED("E2001", "value required"),
    UNKNOWN_AREA("E2002", "unknown P-code or area name"),
    AMBIGUOUS_AREA("E2003", "area name matches several areas"),
    UNKNOWN_COUNTRY("E2004", "unknown country"),
    UNKNOWN_SITE("E2005", "unknown site or camp code"),
    INVALID_DATE("E2006", "not a date"),
    INVALID_NUMBER("E2007", "not a whole number"),
    INVALID_CODE("E2008", "not an accepted value"),
    SCATTERED_HOUSEHOLD("E2009", "rows of this household are not together"),
    REFUSED_BY_REGISTRY("E2010", "refused by the registry"),
    OUTSIDE_SCOPE("E2011", "outside your areas"),
    REFUSED_BY_LEDGER("E2012", "refused by the figures ledger"),
    NO_CHANGE_ALLOWED("E2013", "the record this row updates may not be changed by you"),
    TOO_LONG("E2014", "value too long"),
    MISSING_COLUMN("E2015", "no column for a required field"),
    UNKNOWN_MAPPING("E2016", "the mapping names a column the file does not have"),
    UNNAMED_COLUMN("E2017", "a column between named columns has no header"),
    DUPLICATE_RECORD("E2018", "the same record is on an earlier row of the file"),
    REFUSED_BY_SITES("E2019", "refused by the site populations"),
    REFUSED_BY_WORKFLOW("E2020", "refused by the return workflow"),
    REFUSED_BY_GAZETTEER("E2021", "refused by the gazetteer");

    private final String code;
    private final String summary;

    ImportCode(String code, String summary) {
        this.code = code;
        this.summary = summary;
    }

    public String code() {
        return code;
    }

    public String summary() {
        return summary;
    }
}
