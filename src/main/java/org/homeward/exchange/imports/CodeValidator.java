package org.homeward.exchange.imports;

import java.util.HashMap;
import java.util.Map;

/**
 * A coded value written in any of its known spellings ({@code f}, {@code female}, {@code أنثى}), stored as the code
 * the registry's API takes.
 *
 * <p>A file writes each code the same few ways on every row, so the cell texts already seen are remembered with
 * their code (or their refusal): normalising a text costs a Unicode normalisation and two regular expressions, a
 * remembered one a map lookup. At most {@value #REMEMBERED} texts are remembered, so that a file of a million
 * different wrong values cannot grow the map; one validator serves one job's thread.
 */
final class CodeValidator implements RowValidator {

    static final int REMEMBERED = 1_000;
    private static final String REFUSED = "";

    private final HouseholdField field;
    private final Map<String, String> spellings;
    private final String expected;
    private final Map<String, String> seen = new HashMap<>();

    CodeValidator(HouseholdField field, Map<String, String> spellings, String expected) {
        this.field = field;
        this.spellings = spellings;
        this.expected = expected;
    }

    @Override
    public void validate(ParsedRow row) {
        String text = row.raw(field);
        if (text.isEmpty()) {
            return;
        }
        String code = seen.get(text);
        if (code == null) {
            code = spellings.getOrDefault(HeaderNames.normalise(text), REFUSED);
            if (seen.size() < REMEMBERED) {
                seen.put(text, code);
            }
        }
        if (code.equals(REFUSED)) {
            row.reject(field, ImportCode.INVALID_CODE, expected);
        } else {
            row.put(field, code);
        }
    }
}
