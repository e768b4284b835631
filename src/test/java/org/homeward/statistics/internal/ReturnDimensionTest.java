package org.homeward.statistics.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Comparator;
import java.util.List;
import org.homeward.statistics.ReturnDimension;
import org.junit.jupiter.api.Test;

class ReturnDimensionTest {

    @Test
    void ageGroupsAreOrderedYoungestFirstAndUnknownLast() {
        Comparator<String> order = ReturnDimension.AGE_GROUP.valueOrder();
        List<String> sorted = java.util.stream.Stream.of("60+", null, "18-59", "0-4", "12-17", "5-11", "unknown")
                .sorted(order)
                .toList();

        assertThat(sorted).containsExactly("0-4", "5-11", "12-17", "18-59", "60+", "unknown", null);
    }

    @Test
    void dimensionsAreFoundByTheirApiNameInAnyCase() {
        assertThat(ReturnDimension.ofCode("AgeGroup")).contains(ReturnDimension.AGE_GROUP);
        assertThat(ReturnDimension.ofCode("fromadm1")).contains(ReturnDimension.FROM_ADM1);
        assertThat(ReturnDimension.ofCode("colour")).isEmpty();
    }

    @Test
    void periodsFormatAsTheApiWritesThem() {
        java.time.LocalDate may = java.time.LocalDate.of(2025, 5, 1);
        assertThat(RollupSource.period(ReturnDimension.MONTH, may)).isEqualTo("2025-05");
        assertThat(RollupSource.period(ReturnDimension.QUARTER, may)).isEqualTo("2025-Q2");
        assertThat(RollupSource.period(ReturnDimension.YEAR, may)).isEqualTo("2025");
    }
}
