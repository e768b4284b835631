package org.homeward.statistics;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

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
}
