package org.homeward.statistics.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.homeward.statistics.internal.PeriodPlan.Span;
import org.junit.jupiter.api.Test;

class PeriodPlanTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 22);

    @Test
    void wholeMonthsComeFromRollUpsAndTheRestFromTheMovements() {
        PeriodPlan plan = PeriodPlan.of(LocalDate.of(2025, 1, 15), LocalDate.of(2025, 6, 14), TODAY);

        assertThat(plan.firstMonth()).isEqualTo(LocalDate.of(2025, 2, 1));
        assertThat(plan.lastMonth()).isEqualTo(LocalDate.of(2025, 5, 1));
        assertThat(plan.days())
                .containsExactly(
                        new Span(LocalDate.of(2025, 1, 15), LocalDate.of(2025, 1, 31)),
                        new Span(LocalDate.of(2025, 6, 1), LocalDate.of(2025, 6, 14)));
    }

    @Test
    void aPeriodEndingTodayCountsThisMonthWholeBecauseNoArrivalIsLaterThanToday() {
        PeriodPlan plan = PeriodPlan.of(LocalDate.of(2018, 1, 1), TODAY, TODAY);

        assertThat(plan.firstMonth()).isEqualTo(LocalDate.of(2018, 1, 1));
        assertThat(plan.lastMonth()).isEqualTo(LocalDate.of(2026, 11, 1));
        assertThat(plan.days()).isEmpty();
    }

    @Test
    void aPeriodInsideOneMonthIsCountedFromTheMovementsAlone() {
        PeriodPlan plan = PeriodPlan.of(LocalDate.of(2025, 4, 2), LocalDate.of(2025, 4, 29), TODAY);

        assertThat(plan.firstMonth()).isNull();
        assertThat(plan.days()).isEqualTo(List.of(new Span(LocalDate.of(2025, 4, 2), LocalDate.of(2025, 4, 29))));
    }

    @Test
    void wholeMonthsAtBothEndsNeedNoMovements() {
        PeriodPlan plan = PeriodPlan.of(LocalDate.of(2024, 3, 1), LocalDate.of(2024, 3, 31), TODAY);

        assertThat(plan.firstMonth()).isEqualTo(LocalDate.of(2024, 3, 1));
        assertThat(plan.lastMonth()).isEqualTo(LocalDate.of(2024, 3, 1));
        assertThat(plan.days()).isEmpty();
    }
}
