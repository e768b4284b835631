package org.homeward.exchange;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * An HXL hashtag with its attributes, such as {@code #affected +f +children}. Hashtags and attributes are
 * case-insensitive and kept in lower case; attributes form a set, so their order and repetitions do not matter, and
 * {@link #spec()} writes them sorted ({@code #affected+children+f}).
 */
public record HxlTag(String tag, List<String> attributes) {

    // HXL 1.1: '#' then a letter, letters, digits or '_'; each attribute '+' and the same; spaces allowed between.
    private static final Pattern SPEC =
            Pattern.compile("\\s*#([A-Za-z][A-Za-z0-9_]*)((?:\\s*\\+\\s*[A-Za-z][A-Za-z0-9_]*)*)\\s*");
    private static final Pattern PLUS = Pattern.compile("\\s*\\+\\s*");

    public HxlTag {
        tag = tag.toLowerCase(Locale.ROOT);
        var sorted = new TreeSet<String>();
        attributes.forEach(attribute -> sorted.add(attribute.toLowerCase(Locale.ROOT)));
        attributes = List.copyOf(sorted);
    }

    /** The hashtag and attributes of a hashtag-row cell, or empty when the text is not a valid tagspec. */
    public static Optional<HxlTag> parse(String text) {
        var match = SPEC.matcher(text);
        if (!match.matches()) {
            return Optional.empty();
        }
        var attributes = new ArrayList<String>();
        for (String attribute : PLUS.split(match.group(2))) {
            if (!attribute.isBlank()) {
                attributes.add(attribute.strip());
            }
        }
        return Optional.of(new HxlTag(match.group(1), attributes));
    }

    public boolean has(String attribute) {
        return attributes.contains(attribute.toLowerCase(Locale.ROOT));
    }

    /** The normalised tagspec: hashtag, then the attributes sorted, as in {@code #affected+children+f}. */
    public String spec() {
        var text = new StringBuilder("#").append(tag);
        attributes.forEach(attribute -> text.append('+').append(attribute));
        return text.toString();
    }

    @Override
    public String toString() {
        return spec();
    }
}
