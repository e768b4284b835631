package org.homeward.statistics;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.homeward.shared.InvalidParameterException;

/**
 * A breakdown of returns: arrivals between {@code from} and {@code to} (both included), grouped by {@code groupBy},
 * counting only arrivals whose value of each filtered dimension is one of the given values. Values are as the
 * answer shows them (P-codes, ISO3 codes, REFUGEE/IDP, f/m/x/u, age labels, need codes); periods cannot be filtered,
 * use {@code from} and {@code to}.
 */
public record ReturnQuery(
        LocalDate from, LocalDate to, List<ReturnDimension> groupBy, Map<ReturnDimension, Set<String>> filters) {

    public ReturnQuery {
        groupBy = List.copyOf(groupBy);
        filters = Map.copyOf(filters);
    }

    /**
     * The query that request parameters ask for, read one way for the API, the dashboard's data and the exports:
     * {@code from}/{@code to} (default {@link ReturnStatistics#SINCE} to {@code today}), {@code groupBy} as
     * comma-separated dimension codes (repeatable), and a filter per dimension named by its code, one value or
     * several separated by commas. Unknown dimensions and malformed dates are refused naming the parameter; values
     * are checked by {@link ReturnStatistics#breakdown}.
     */
    public static ReturnQuery fromParameters(Map<String, List<String>> parameters, LocalDate today) {
        return new ReturnQuery(
                date(parameters, "from", ReturnStatistics.SINCE),
                date(parameters, "to", today),
                dimensions(parameters.getOrDefault("groupBy", List.of())),
                filters(parameters));
    }

    /** A date parameter, or {@code absent} when it is missing or blank. */
    public static LocalDate date(Map<String, List<String>> parameters, String name, LocalDate absent) {
        List<String> values = parameters.getOrDefault(name, List.of());
        String value = values.isEmpty() ? null : values.getFirst();
        if (value == null || value.isBlank()) {
            return absent;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidParameterException(name, value, "a date YYYY-MM-DD");
        }
    }

    /** The dimensions of {@code groupBy} values (comma-separated codes), in order, each once; unknown ones refused. */
    public static List<ReturnDimension> dimensions(List<String> groupBy) {
        Set<ReturnDimension> dimensions = new LinkedHashSet<>();
        for (String code : parts(groupBy)) {
            dimensions.add(ReturnDimension.ofCode(code)
                    .orElseThrow(() -> new InvalidParameterException(
                            "groupBy", code, "a comma-separated list of " + ReturnDimension.codes())));
        }
        return List.copyOf(dimensions);
    }

    private static Map<ReturnDimension, Set<String>> filters(Map<String, List<String>> parameters) {
        Map<ReturnDimension, Set<String>> filters = new EnumMap<>(ReturnDimension.class);
        for (ReturnDimension dimension : ReturnDimension.values()) {
            Set<String> values = parts(parameters.getOrDefault(dimension.code(), List.of()));
            if (!values.isEmpty()) {
                filters.put(dimension, values);
            }
        }
        return filters;
    }

    /** The non-blank parts of comma-separated values, stripped, in order, each once. */
    private static Set<String> parts(List<String> values) {
        Set<String> parts = new LinkedHashSet<>();
        for (String value : values) {
            for (String part : value.split(",")) {
                if (!part.isBlank()) {
                    parts.add(part.strip());
                }
            }
        }
        return parts;
    }
}
