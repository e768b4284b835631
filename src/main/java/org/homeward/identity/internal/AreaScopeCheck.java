package org.homeward.identity.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.homeward.geography.Gazetteer;
import org.homeward.shared.FieldError;
import org.springframework.stereotype.Component;

/**
 * The one place where the P-codes of a user's area scopes are checked: each must have the shape of a P-code
 * ({@code SY02}, {@code SY0200}, {@code SY020000}, {@code C1003}) and exist in the current gazetteer edition.
 */
@Component
public class AreaScopeCheck {

    private static final Pattern SHAPE = Pattern.compile("[A-Z]{1,3}[0-9]{1,10}");
    static final int MAX_AREAS = 100;

    private final Gazetteer gazetteer;

    AreaScopeCheck(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    public List<String> normalise(Collection<String> pcodes) {
        return pcodes.stream()
                .filter(code -> code != null && !code.isBlank())
                .map(code -> code.strip().toUpperCase(Locale.ROOT))
                .distinct()
                .sorted()
                .toList();
    }

    /** Problems with the (normalised) P-codes, reported against the field {@code areas}. */
    public List<FieldError> problems(Collection<String> pcodes) {
        List<FieldError> problems = new ArrayList<>();
        if (pcodes.size() > MAX_AREAS) {
            problems.add(new FieldError("areas", "too-many", "at most " + MAX_AREAS + " areas"));
            return problems;
        }
        for (String pcode : pcodes) {
            if (!SHAPE.matcher(pcode).matches()) {
                problems.add(new FieldError(
                        "areas", "invalid-pcode", "'" + pcode + "' is not a P-code (such as SY02 or SY0200)"));
            } else if (!gazetteer.exists(pcode)) {
                problems.add(new FieldError("areas", "unknown-pcode", "unknown P-code '" + pcode + "'"));
            }
        }
        return problems;
    }
}
