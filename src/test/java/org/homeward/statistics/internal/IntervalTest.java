package org.homeward.statistics.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.homeward.statistics.Qualifier;
import org.junit.jupiter.api.Test;

class IntervalTest {

    static final double FIVE_PERCENT = 0.05;

    static Interval allowed(Qualifier qualifier, long value) {
        return Interval.allowed(qualifier, value, FIVE_PERCENT);
    }

    @Test
    void eachQualifierStandsForItsInterval() {
        assertThat(allowed(Qualifier.EXACT, 10)).hasToString("[10, 10]");
        assertThat(allowed(Qualifier.MORE_THAN, 10)).hasToString("(10, ∞)");
        assertThat(allowed(Qualifier.LESS_THAN, 10)).hasToString("[0, 10)");
        assertThat(allowed(Qualifier.ABOUT, 2_000_000)).hasToString("[1900000, 2100000]");
    }

    @Test
    void twoMoreThanFiguresAlwaysOverlap() {
        assertThat(allowed(Qualifier.MORE_THAN, 2_500_000).intersects(allowed(Qualifier.MORE_THAN, 2_350_000)))
                .isTrue();
    }

    @Test
    void differentExactFiguresDoNotOverlap() {
        assertThat(allowed(Qualifier.EXACT, 2_500_000).intersects(allowed(Qualifier.EXACT, 2_350_000)))
                .isFalse();
        assertThat(allowed(Qualifier.EXACT, 7).intersects(allowed(Qualifier.EXACT, 7)))
                .isTrue();
    }

    @Test
    void openEndsDoNotTouch() {
        // "more than 10" and "exactly 10" share no value; "less than 10" and "more than 10" neither.
        assertThat(allowed(Qualifier.MORE_THAN, 10).intersects(allowed(Qualifier.EXACT, 10)))
                .isFalse();
        assertThat(allowed(Qualifier.LESS_THAN, 10).intersects(allowed(Qualifier.MORE_THAN, 10)))
                .isFalse();
        assertThat(allowed(Qualifier.LESS_THAN, 11).intersects(allowed(Qualifier.MORE_THAN, 10)))
                .isTrue();
        assertThat(allowed(Qualifier.LESS_THAN, 10).below(allowed(Qualifier.EXACT, 10)))
                .isTrue();
    }

    @Test
    void aboutOverlapsWithinItsTolerance() {
        assertThat(allowed(Qualifier.ABOUT, 2_300_000).intersects(allowed(Qualifier.EXACT, 2_400_000)))
                .isTrue();
        assertThat(allowed(Qualifier.ABOUT, 2_000_000).intersects(allowed(Qualifier.EXACT, 2_200_000)))
                .isFalse();
    }

    @Test
    void sumsAddBoundsAndKeepOpenness() {
        Interval parts = allowed(Qualifier.EXACT, 1_372_000).plus(allowed(Qualifier.MORE_THAN, 947_000));

        assertThat(parts).hasToString("(2319000, ∞)");
        assertThat(parts.intersects(allowed(Qualifier.MORE_THAN, 2_350_000))).isTrue();
        assertThat(allowed(Qualifier.EXACT, 1_372_000)
                        .plus(allowed(Qualifier.EXACT, 947_000))
                        .intersects(allowed(Qualifier.MORE_THAN, 2_350_000)))
                .isFalse();
    }

    @Test
    void writtenNumbersIgnoreMoreThanButKeepAbout() {
        assertThat(Interval.written(Qualifier.MORE_THAN, 2_500_000, FIVE_PERCENT))
                .hasToString("[2500000, 2500000]");
        assertThat(Interval.written(Qualifier.ABOUT, 100, FIVE_PERCENT)).hasToString("[95, 105]");
    }
}
