package org.homeward.identity.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.homeward.shared.FieldError;
import org.springframework.stereotype.Component;

/**
 * The one place where the P-codes of a user's area scopes are checked. Today it checks their shape only
 * (a country or community prefix and digits, e.g. {@code SY02}, {@code SY0200}, {@code SY020000},
 * {@code C1003}) and stores them as given, upper-cased.
 *
 * <p>When {@code org.homeward.geography.Gazetteer} is available, look each code up here and report unknown
 * ones with code {@code unknown-pcode}; nothing else in the identity module needs to change.
 */
@Component
public class AreaScopeCheck {

    private static final Pattern SHAPE = Pattern.compile("[A-Z]{1,3}[0-9]{1,10}");
    static final int MAX_AREAS = 100;

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
            }
        }
        return problems;
    }
}
