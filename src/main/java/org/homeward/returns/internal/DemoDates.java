package org.homeward.returns.internal;

import java.time.LocalDate;
import java.util.Random;

/** Dates of one demo case, each on or after the one before and never after today (a planned date may be). */
final class DemoDates {

    private final LocalDate today;
    private final Random random;
    private LocalDate last;
    private LocalDate planned;

    DemoDates(LocalDate start, LocalDate today, Random random) {
        this.today = today;
        this.random = random;
        this.last = clamp(start);
    }

    LocalDate clamp(LocalDate date) {
        return date.isAfter(today) ? today : date;
    }

    /** The next step, {@code min} to {@code max} days after the last. */
    LocalDate next(int min, int max) {
        last = clamp(last.plusDays(min + random.nextInt(max - min + 1)));
        return last;
    }

    /** A departure date two to six weeks after scheduling, on the 1st or the 15th, when convoys leave. */
    LocalDate planned(LocalDate scheduledOn) {
        LocalDate date = scheduledOn.plusDays(14 + random.nextInt(30));
        planned = date.getDayOfMonth() <= 15
                ? date.withDayOfMonth(15)
                : date.plusMonths(1).withDayOfMonth(1);
        return planned;
    }

    /** The planned date, or today if that has not come yet. */
    LocalDate departure() {
        last = clamp(planned == null ? last : planned);
        return last;
    }
}
