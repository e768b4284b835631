package org.homeward.sites.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.homeward.sites.PopulationSnapshot;
import org.homeward.sites.SiteProfile.TrendPoint;
import org.junit.jupiter.api.Test;

class PopulationTrendTest {

    @Test
    void theEstimateIsTheLastReportLessThePeopleWhoLeftSince() {
        List<PopulationSnapshot> reports = List.of(
                new PopulationSnapshot(LocalDate.of(2025, 1, 31), 1000, "count", "c"),
                new PopulationSnapshot(LocalDate.of(2025, 3, 10), 900, "count", "c"));
        List<SiteStore.Departure> departures = List.of(
                new SiteStore.Departure(LocalDate.of(2025, 1, 31), 7, "SY07"),
                new SiteStore.Departure(LocalDate.of(2025, 2, 14), 40, "SY07"),
                new SiteStore.Departure(LocalDate.of(2025, 3, 20), 15, "SY02"));

        List<TrendPoint> trend = PopulationTrend.of(reports, departures, LocalDate.of(2025, 4, 3));

        assertThat(trend)
                .containsExactly(
                        new TrendPoint("2025-01", 1000, 1000, 7),
                        new TrendPoint("2025-02", null, 960, 40),
                        new TrendPoint("2025-03", 900, 885, 15),
                        new TrendPoint("2025-04", null, 885, 0));
    }

    @Test
    void withoutReportsThereIsNoEstimateOnlyDepartures() {
        List<TrendPoint> trend = PopulationTrend.of(
                List.of(),
                List.of(new SiteStore.Departure(LocalDate.of(2025, 4, 2), 3, null)),
                LocalDate.of(2025, 4, 30));

        assertThat(trend).containsExactly(new TrendPoint("2025-04", null, null, 3));
        assertThat(PopulationTrend.of(List.of(), List.of(), LocalDate.of(2025, 4, 30)))
                .isEmpty();
    }

    @Test
    void demoCurvesRiseToTheirPeakAndFallToToday() {
        var curve =
                new DemoSitePopulations.Curve("SYR-S-ALHOL", 10_000, 70_000, LocalDate.of(2019, 1, 1), 30_000, 75_000);
        LocalDate today = LocalDate.of(2025, 1, 1);

        assertThat(DemoSitePopulations.population(curve, LocalDate.of(2018, 1, 1), today))
                .isEqualTo(10_000);
        assertThat(DemoSitePopulations.population(curve, LocalDate.of(2019, 1, 1), today))
                .isEqualTo(70_000);
        assertThat(DemoSitePopulations.population(curve, today, today)).isEqualTo(30_000);
    }
}
