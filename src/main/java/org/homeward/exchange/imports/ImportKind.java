package org.homeward.exchange.imports;

/** What a file holds, and so which module its rows go to. */
public enum ImportKind {
    /** One row per person, with the household's external id on each row (or a Kobo/ODK export). */
    HOUSEHOLDS,
    /** Reported figures, such as IDMC's IDP figures on HDX, into the statistics module's figures ledger. */
    FIGURES,
    /** Population reports of sites and camps (site, date, population, households), into the sites module. */
    SITE_POPULATIONS,
    /** Return cases, one row per case, walked through the return workflow up to the status the row reached. */
    RETURN_CASES,
    /** A table of P-codes (such as HDX's), made a gazetteer edition and compared with the current one. */
    GAZETTEER_EDITION
}
