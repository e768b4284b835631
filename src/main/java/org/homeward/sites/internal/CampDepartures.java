package org.homeward.sites.internal;

import java.time.Clock;
import org.homeward.geography.Area;
import org.homeward.geography.Gazetteer;
import org.homeward.returns.ReturnDeparted;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * A return case that leaves a site lowers its population: recorded in the transaction of the departure, so that
 * the figure moves with the movement and never without it. The destination is where the case was bound when it
 * left.
 */
@Component
class CampDepartures {

    private final SiteStore store;
    private final Gazetteer gazetteer;
    private final Clock clock;

    CampDepartures(SiteStore store, Gazetteer gazetteer, Clock clock) {
        this.store = store;
        this.gazetteer = gazetteer;
        this.clock = clock;
    }

    @EventListener
    void on(ReturnDeparted departed) {
        if (departed.fromSite() == null || departed.personIds().isEmpty()) {
            return;
        }
        String adm1 = departed.destinationPcode() == null
                ? null
                : gazetteer
                        .find(departed.destinationPcode())
                        .map(Area::adm1Pcode)
                        .orElse(null);
        store.recordDeparture(
                departed.fromSite(),
                departed.caseId(),
                departed.date(),
                departed.personIds().size(),
                departed.destinationPcode(),
                adm1,
                clock.instant());
    }
}
