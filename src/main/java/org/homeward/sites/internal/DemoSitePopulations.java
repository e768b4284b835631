package org.homeward.sites.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Demo profile only: quarterly population counts of the camps in Syria from 2018 to today, and their capacities.
 * The figures are synthetic — shaped like the public story of each camp (Al-Hol swelling in 2019 and emptying
 * since, Rukban shrinking after the 2019 departures) but not taken from any source — and their source says so.
 * Saving the same count again changes nothing, so this runs on every start.
 */
@Component
@Profile("demo")
@Order(90)
class DemoSitePopulations implements ApplicationRunner {

    static final String SOURCE = "Synthetic demo figure";
    private static final Logger log = LoggerFactory.getLogger(DemoSitePopulations.class);

    /** A camp's synthetic population: at the start of 2018, at its peak (and when), and today; its capacity. */
    record Curve(String site, int start, int peak, LocalDate peakOn, int now, int capacity) {}

    static final List<Curve> CURVES = List.of(
            new Curve("SYR-S-ALHOL", 9_500, 71_000, LocalDate.of(2019, 4, 1), 36_000, 75_000),
            new Curve("SYR-S-RUK", 42_000, 42_000, LocalDate.of(2018, 1, 1), 7_500, 50_000),
            new Curve("SYR-S-ROJ", 1_200, 2_900, LocalDate.of(2020, 6, 1), 2_400, 3_500),
            new Curve("SYR-S-ARE", 8_000, 14_500, LocalDate.of(2021, 1, 1), 13_000, 16_000),
            new Curve("SYR-S-MAB", 6_000, 9_000, LocalDate.of(2018, 10, 1), 4_500, 10_000),
            new Curve("SYR-S-EIS", 12_000, 13_000, LocalDate.of(2019, 1, 1), 3_000, 14_000),
            new Curve("SYR-S-NIR", 700, 1_100, LocalDate.of(2019, 7, 1), 900, 1_500));

    private final SiteStore store;
    private final Clock clock;

    DemoSitePopulations(SiteStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        LocalDate today = LocalDate.now(clock);
        int counts = 0;
        for (Curve curve : CURVES) {
            store.setCapacity(curve.site(), curve.capacity(), "demo", clock.instant());
            for (LocalDate date = LocalDate.of(2018, 1, 1); !date.isAfter(today); date = date.plusMonths(3)) {
                store.saveSnapshot(
                        curve.site(), date, population(curve, date, today), null, SOURCE, "demo", clock.instant());
                counts++;
            }
        }
        log.info("Demo camp populations (synthetic): {} counts for {} camps", counts, CURVES.size());
    }

    /** Straight lines from the start to the peak and from the peak to today. */
    static int population(Curve curve, LocalDate date, LocalDate today) {
        LocalDate start = LocalDate.of(2018, 1, 1);
        if (!date.isAfter(curve.peakOn())) {
            return between(curve.start(), curve.peak(), start, curve.peakOn(), date);
        }
        return between(curve.peak(), curve.now(), curve.peakOn(), today, date);
    }

    private static int between(int from, int to, LocalDate begin, LocalDate end, LocalDate date) {
        long days = Math.max(1, end.toEpochDay() - begin.toEpochDay());
        double share = (date.toEpochDay() - begin.toEpochDay()) / (double) days;
        return (int) Math.round(from + (to - from) * Math.min(1, Math.max(0, share)));
    }
}
