package org.homeward.exchange;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * The columns of a table, read from its header row ({@code row}; for HXL the hashtag row, with the names from the
 * row above it; 0 for the keys of a JSON array of objects).
 */
public record Header(long row, List<Column> columns) {

    public Header {
        columns = List.copyOf(columns);
    }

    public int size() {
        return columns.size();
    }

    public Column column(int position) {
        return columns.get(position);
    }

    public List<String> names() {
        return columns.stream().map(Column::name).toList();
    }

    /** The hashtags, null for untagged columns. */
    public List<HxlTag> tags() {
        return columns.stream().map(Column::tag).toList();
    }

    public boolean isTagged() {
        return columns.stream().anyMatch(Column::isTagged);
    }

    /** The first column whose header text equals the name, ignoring case and surrounding spaces. */
    public Optional<Column> named(String name) {
        String wanted = normalise(name);
        return columns.stream().filter(c -> normalise(c.name()).equals(wanted)).findFirst();
    }

    /** All columns matching an HXL tag pattern such as {@code #affected+idps}, in order. */
    public List<Column> matching(String tagPattern) {
        var pattern = HxlTagPattern.parse(tagPattern);
        return columns.stream().filter(c -> pattern.matches(c.tag())).toList();
    }

    static String normalise(String name) {
        return Objects.requireNonNullElse(name, "").strip().toLowerCase(Locale.ROOT);
    }
}
