package org.homeward.exchange;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A pattern that selects columns by hashtag, as HXL tools do: {@code #affected+idps} matches every {@code
 * #affected} column having at least the attribute {@code idps}; {@code #affected-f} excludes those with {@code f}.
 */
public record HxlTagPattern(String tag, List<String> include, List<String> exclude) {

    private static final Pattern SPEC =
            Pattern.compile("\\s*#?([A-Za-z][A-Za-z0-9_]*)((?:\\s*[+-]\\s*[A-Za-z][A-Za-z0-9_]*)*)\\s*");
    private static final Pattern PART = Pattern.compile("([+-])\\s*([A-Za-z][A-Za-z0-9_]*)");

    public HxlTagPattern {
        tag = tag.toLowerCase(Locale.ROOT);
        include = include.stream().map(a -> a.toLowerCase(Locale.ROOT)).toList();
        exclude = exclude.stream().map(a -> a.toLowerCase(Locale.ROOT)).toList();
    }

    /** Parses {@code #tag+must-mustnot}; throws {@link IllegalArgumentException} for anything else. */
    public static HxlTagPattern parse(String text) {
        var match = SPEC.matcher(text);
        if (!match.matches()) {
            throw new IllegalArgumentException("not an HXL tag pattern: " + text);
        }
        var include = new ArrayList<String>();
        var exclude = new ArrayList<String>();
        var parts = PART.matcher(match.group(2));
        while (parts.find()) {
            (parts.group(1).equals("+") ? include : exclude).add(parts.group(2));
        }
        return new HxlTagPattern(match.group(1), include, exclude);
    }

    public boolean matches(HxlTag candidate) {
        return candidate != null
                && candidate.tag().equals(tag)
                && candidate.attributes().containsAll(include)
                && exclude.stream().noneMatch(candidate.attributes()::contains);
    }

    @Override
    public String toString() {
        var text = new StringBuilder("#").append(tag);
        include.forEach(attribute -> text.append('+').append(attribute));
        exclude.forEach(attribute -> text.append('-').append(attribute));
        return text.toString();
    }
}
