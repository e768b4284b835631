package org.homeward.statistics.web;

import de.siegmar.fastcsv.writer.CsvWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.homeward.statistics.Headline;
import org.homeward.statistics.ReturnBreakdown;
import org.homeward.statistics.ReturnDimension;

/**
 * Statistics as CSV, plain or HXL-tagged. Plain CSV has the JSON's columns. HXL CSV follows the HXL convention of
 * one column per disaggregation: displacement type, sex and age group become attributes of the count's hashtag
 * ({@code #affected+returnees+ind+refugees+f+age18_59}) and their combinations columns; every other dimension is
 * a key column with its own hashtag ({@link ReturnDimension#hxl()}). Unknown values are empty cells.
 */
final class StatisticsCsv {

    static final String RETURNS_TAG = "#affected+returnees+ind";

    private static final Set<ReturnDimension> ATTRIBUTES =
            EnumSet.of(ReturnDimension.TYPE, ReturnDimension.SEX, ReturnDimension.AGE_GROUP);

    private StatisticsCsv() {}

    static String breakdown(ReturnBreakdown breakdown) {
        List<String> header = new ArrayList<>();
        breakdown.dimensions().forEach(dimension -> header.add(dimension.code()));
        header.add("returns");
        List<List<String>> lines = new ArrayList<>();
        lines.add(header);
        for (ReturnBreakdown.Row row : breakdown.rows()) {
            List<String> line = new ArrayList<>();
            breakdown.dimensions().forEach(dimension -> line.add(row.values().get(dimension)));
            line.add(Long.toString(row.returns()));
            lines.add(line);
        }
        return write(lines);
    }

    static String breakdownHxl(ReturnBreakdown breakdown) {
        List<ReturnDimension> keys = breakdown.dimensions().stream()
                .filter(dimension -> !ATTRIBUTES.contains(dimension))
                .toList();
        List<ReturnDimension> pivots =
                breakdown.dimensions().stream().filter(ATTRIBUTES::contains).toList();
        TreeSet<List<String>> columns = new TreeSet<>((a, b) -> compareValues(pivots, a, b));
        Map<List<String>, Map<List<String>, Long>> table = new LinkedHashMap<>();
        for (ReturnBreakdown.Row row : breakdown.rows()) {
            List<String> key = values(row, keys);
            List<String> column = values(row, pivots);
            columns.add(column);
            table.computeIfAbsent(key, k -> new LinkedHashMap<>()).merge(column, row.returns(), Long::sum);
        }
        if (pivots.isEmpty()) {
            columns.add(List.of());
        }
        List<String> names = new ArrayList<>();
        List<String> tags = new ArrayList<>();
        for (ReturnDimension key : keys) {
            names.add(key.code());
            tags.add(key.hxl());
        }
        for (List<String> column : columns) {
            names.add(String.join(" ", prepend("returns", column)));
            StringBuilder tag = new StringBuilder(RETURNS_TAG);
            for (int i = 0; i < pivots.size(); i++) {
                tag.append(attribute(pivots.get(i), column.get(i)));
            }
            tags.add(tag.toString());
        }
        List<List<String>> lines = new ArrayList<>();
        lines.add(names);
        lines.add(tags);
        table.forEach((key, cells) -> {
            List<String> line = new ArrayList<>(key);
            for (List<String> column : columns) {
                line.add(Long.toString(cells.getOrDefault(column, 0L)));
            }
            lines.add(line);
        });
        return write(lines);
    }

    /** The HXL attribute of a type, sex or age group value. */
    static String attribute(ReturnDimension dimension, String value) {
        if (value == null) {
            return dimension == ReturnDimension.AGE_GROUP ? "+ageunknown" : "+u";
        }
        return switch (dimension) {
            case TYPE -> value.equals("IDP") ? "+idps" : "+refugees";
            case SEX -> "+" + value;
            case AGE_GROUP ->
                "+age" + value.replace("-", "_").replace("+", "plus").toLowerCase(Locale.ROOT);
            default -> throw new IllegalArgumentException(dimension.code());
        };
    }

    static final List<String[]> HEADLINE_COLUMNS = List.of(
            new String[] {"from", "#date+start"},
            new String[] {"to", "#date+end"},
            new String[] {"returns", RETURNS_TAG},
            new String[] {"idpReturns", RETURNS_TAG + "+idps"},
            new String[] {"refugeeReturns", RETURNS_TAG + "+refugees"},
            new String[] {"refugeesAbroad", "#affected+refugees+ind"},
            new String[] {"idps", "#affected+idps+ind"},
            new String[] {"peopleInCamps", "#affected+incamp+ind"},
            new String[] {"peopleInCampsAbroad", "#affected+incamp+abroad+ind"});

    static String headline(Headline headline, boolean hxl) {
        List<List<String>> lines = new ArrayList<>();
        lines.add(HEADLINE_COLUMNS.stream().map(column -> column[0]).toList());
        if (hxl) {
            lines.add(HEADLINE_COLUMNS.stream().map(column -> column[1]).toList());
        }
        lines.add(List.of(
                headline.from().toString(),
                headline.to().toString(),
                Long.toString(headline.returns()),
                Long.toString(headline.idpReturns()),
                Long.toString(headline.refugeeReturns()),
                Long.toString(headline.refugeesAbroad()),
                Long.toString(headline.idps()),
                Long.toString(headline.peopleInCamps()),
                Long.toString(headline.peopleInCampsAbroad())));
        return write(lines);
    }

    private static List<String> values(ReturnBreakdown.Row row, List<ReturnDimension> dimensions) {
        List<String> values = new ArrayList<>();
        dimensions.forEach(dimension -> values.add(row.values().get(dimension)));
        return values;
    }

    private static List<String> prepend(String first, List<String> rest) {
        List<String> all = new ArrayList<>();
        all.add(first);
        rest.forEach(value -> all.add(value == null ? "unknown" : value));
        return all;
    }

    private static int compareValues(List<ReturnDimension> dimensions, List<String> a, List<String> b) {
        for (int i = 0; i < a.size(); i++) {
            int c = dimensions.get(i).valueOrder().compare(a.get(i), b.get(i));
            if (c != 0) {
                return c;
            }
        }
        return 0;
    }

    private static String write(List<List<String>> lines) {
        StringWriter out = new StringWriter();
        // FastCSV buffers: closing flushes into the StringWriter.
        try (CsvWriter csv = CsvWriter.builder().build(out)) {
            for (List<String> line : lines) {
                csv.writeRecord(
                        line.stream().map(value -> value == null ? "" : value).toList());
            }
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return out.toString();
    }
}
