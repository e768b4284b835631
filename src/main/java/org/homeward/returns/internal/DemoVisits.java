package org.homeward.returns.internal;

import java.time.LocalDate;
import java.util.Random;
import org.homeward.geography.Area;
import org.homeward.returns.Monitoring;
import org.homeward.returns.Whereabouts;

/** Synthetic monitoring visits: most returnees are still home, some moved on, a few were displaced again. */
final class DemoVisits {

    private DemoVisits() {}

    static Monitoring.VisitReport report(LocalDate date, Area home, Random random) {
        int roll = random.nextInt(100);
        Whereabouts whereabouts =
                roll < 86 ? Whereabouts.STILL_THERE : roll < 96 ? Whereabouts.MOVED_AGAIN : Whereabouts.DISPLACED_AGAIN;
        String movedTo = whereabouts == Whereabouts.MOVED_AGAIN ? home.adm2Pcode() : null;
        String concerns = random.nextInt(8) == 0 ? "Unexploded ordnance near the fields (synthetic demo record)" : null;
        return new Monitoring.VisitReport(
                date,
                whereabouts,
                movedTo,
                access(random, 70),
                access(random, 60),
                access(random, 55),
                access(random, 65),
                Monitoring.Shelter.values()[random.nextInt(Monitoring.Shelter.values().length)],
                random.nextInt(3) == 0 ? Monitoring.Documentation.PARTIAL : Monitoring.Documentation.COMPLETE,
                concerns);
    }

    private static Monitoring.Access access(Random random, int yes) {
        int roll = random.nextInt(100);
        return roll < yes ? Monitoring.Access.YES : roll < yes + 20 ? Monitoring.Access.PARTIAL : Monitoring.Access.NO;
    }
}
