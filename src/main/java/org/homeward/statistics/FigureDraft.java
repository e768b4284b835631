package org.homeward.statistics;

import java.time.LocalDate;

/**
 * A figure to record or the new state of one, as a client sends it. Codes are strings so that every problem
 * in a request can be reported at once (a 400 naming each field), not only the first one a parser meets.
 *
 * @param qualifier EXACT, MORE_THAN, LESS_THAN or ABOUT; EXACT when absent
 * @param area a P-code, an ISO 3166-1 country code or a country or governorate name ("Syria" is stored as SYR)
 * @param sourceKind STATEMENT, UNHCR, IOM or OTHER; STATEMENT when absent
 */
public record FigureDraft(
        String indicator,
        Long value,
        String qualifier,
        LocalDate periodStart,
        LocalDate periodEnd,
        String area,
        String publisher,
        String speaker,
        LocalDate reportedOn,
        String reference,
        String note,
        String sourceKind) {}
