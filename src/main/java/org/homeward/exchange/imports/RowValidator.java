package org.homeward.exchange.imports;

/**
 * One check of one row: reads raw cells, puts the typed values it accepts, and rejects the rest with a coded error.
 * Validators run in order; each is small and knows one rule.
 */
interface RowValidator {

    void validate(ParsedRow row);
}
