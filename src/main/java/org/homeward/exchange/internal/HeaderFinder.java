package org.homeward.exchange.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.homeward.exchange.Column;
import org.homeward.exchange.FileProblem;
import org.homeward.exchange.Header;
import org.homeward.exchange.HxlTag;
import org.homeward.exchange.HxlTagPattern;
import org.homeward.exchange.ProblemCode;
import org.homeward.exchange.ReadOptions;
import org.homeward.exchange.Row;

/** Finds the header of a table among its first rows and checks it: duplicates, required columns, hashtags. */
final class HeaderFinder {

    private HeaderFinder() {}

    /** The first non-blank row names the columns; names must be unique (ignoring case and spaces). */
    static Header plain(RawRows raw, ReadOptions options) {
        Row row = raw.next();
        while (row != null && row.isBlank()) {
            row = raw.next();
        }
        if (row == null) {
            throw Problems.emptyFile();
        }
        var columns = new ArrayList<Column>();
        Map<String, Integer> seen = new HashMap<>();
        for (int i = 0; i < row.size(); i++) {
            String name = row.cell(i);
            String key = normalise(name);
            Integer earlier = key.isEmpty() ? null : seen.putIfAbsent(key, i);
            if (earlier != null) {
                throw Problems.of(FileProblem.of(ProblemCode.DUPLICATE_HEADER, "duplicate column name")
                        .withValue(name.strip())
                        .inColumn(String.valueOf(i + 1))
                        .atRow(row.number())
                        .expecting("each name once; column " + (earlier + 1) + " has the same name"));
            }
            columns.add(new Column(i, i, name, null));
        }
        var header = new Header(row.number(), columns);
        var missing = options.required().stream()
                .filter(name -> header.named(name).isEmpty())
                .sorted()
                .toList();
        if (!missing.isEmpty()) {
            throw missing(header, missing, options);
        }
        return header;
    }

    /**
     * The first row in which at least half of the non-empty cells are valid hashtags is the hashtag row (HXL's
     * rule, which tolerates a few untagged cells); the row above it names the columns.
     */
    static Header hxl(RawRows raw, ReadOptions options) {
        Row previous = null;
        int searched = 0;
        boolean anyRow = false;
        for (Row row = raw.next(); row != null; row = raw.next()) {
            if (!row.isBlank()) {
                anyRow = true;
                if (isHashtagRow(row)) {
                    return tagged(row, previous, options);
                }
                if (++searched >= options.limits().maxHeaderSearchRows()) {
                    break;
                }
            }
            previous = row;
        }
        if (!anyRow) {
            throw Problems.emptyFile();
        }
        throw Problems.of(FileProblem.of(
                        ProblemCode.NO_HASHTAG_ROW,
                        "no HXL hashtag row in the first " + options.limits().maxHeaderSearchRows() + " rows")
                .expecting("a row of hashtags such as #adm1+code above the data"));
    }

    static boolean isHashtagRow(Row row) {
        int tags = 0;
        int others = 0;
        for (String cell : row.cells()) {
            if (cell.isBlank()) {
                continue;
            }
            if (HxlTag.parse(cell).isPresent()) {
                tags++;
            } else {
                others++;
            }
        }
        return tags > 0 && tags >= others;
    }

    private static Header tagged(Row hashtags, Row names, ReadOptions options) {
        int width = hashtags.size();
        if (options.keepUntagged() && names != null) {
            width = Math.max(width, names.size());
        }
        var columns = new ArrayList<Column>();
        for (int i = 0; i < width; i++) {
            HxlTag tag = tagOf(hashtags, i);
            if (tag != null || options.keepUntagged()) {
                String name = names == null ? "" : names.cell(i);
                columns.add(new Column(columns.size(), i, name, tag));
            }
        }
        var header = new Header(hashtags.number(), columns);
        var missing = options.required().stream()
                .filter(pattern -> header.matching(pattern).isEmpty())
                .map(pattern -> HxlTagPattern.parse(pattern).toString())
                .sorted()
                .toList();
        if (!missing.isEmpty()) {
            throw missing(header, missing, options);
        }
        return header;
    }

    /** A hashtag, null for a blank or plain-text cell; a cell that starts like a hashtag must be a valid one. */
    private static HxlTag tagOf(Row hashtags, int i) {
        String cell = hashtags.cell(i);
        Optional<HxlTag> tag = HxlTag.parse(cell);
        if (tag.isEmpty() && cell.strip().startsWith("#")) {
            throw Problems.of(FileProblem.of(ProblemCode.INVALID_HASHTAG, "invalid HXL hashtag")
                    .withValue(cell.strip())
                    .inColumn(String.valueOf(i + 1))
                    .atRow(hashtags.number())
                    .expecting("#tag+attribute, each a letter followed by letters, digits or _"));
        }
        return tag.orElse(null);
    }

    private static RuntimeException missing(Header header, List<String> missing, ReadOptions options) {
        String what = missing.size() == 1 ? "missing required column " : "missing required columns ";
        String list = missing.stream().map(name -> "'" + name + "'").collect(Collectors.joining(", "));
        var required = new LinkedHashSet<>(options.required());
        return Problems.of(FileProblem.of(ProblemCode.MISSING_HEADER, what + list + " in the header")
                .atRow(header.row())
                .expecting("columns "
                        + String.join(", ", required.stream().sorted().toList())));
    }

    static String normalise(String name) {
        return name.strip().toLowerCase(Locale.ROOT);
    }
}
