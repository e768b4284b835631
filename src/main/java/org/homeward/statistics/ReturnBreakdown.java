package org.homeward.statistics;

import java.util.List;
import java.util.Map;

/**
 * Returns grouped as a {@link ReturnQuery} asked: one row per combination of values that has any return, in the
 * order of the values. {@code total} counts people: with the {@code need} dimension a person with two needs is in
 * two rows, so rows may sum to more than the total.
 *
 * @param dimensions the groupBy dimensions, in the order asked
 */
public record ReturnBreakdown(List<ReturnDimension> dimensions, List<Row> rows, long total) {

    public ReturnBreakdown {
        dimensions = List.copyOf(dimensions);
        rows = List.copyOf(rows);
    }

    /** One cell: its value of each dimension (null when the records do not say), and the number of returns. */
    public record Row(Map<ReturnDimension, String> values, long returns) {}
}
