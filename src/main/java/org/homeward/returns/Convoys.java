package org.homeward.returns;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * Convoys: a planned group movement of several cases through one crossing point (none, for IDP convoys) on one
 * date, with a capacity in people. Cases join a convoy when they are scheduled ({@code Returns.Schedule.convoyId}).
 * Caseworkers and coordinators plan convoys; everyone who sees cases sees convoys; the manifest names people only
 * for caseworkers who may see them.
 */
public interface Convoys {

    ConvoyView plan(NewConvoy convoy);

    ConvoyView get(UUID id);

    /** Convoys planned between the dates (each optional), soonest first. */
    List<ConvoyView> list(LocalDate from, LocalDate to);

    /**
     * Moves the convoy to {@code status} and its cases with it: DEPARTED departs its scheduled cases on {@code date},
     * COMPLETED crosses its departed refugee cases at its crossing point on {@code date}, CANCELLED sends its scheduled
     * cases back to CLEARED. If one case cannot follow, the change is refused (409 naming it) and nothing changes.
     *
     * @param date the day it happened, today if null; never in the future
     */
    ConvoyView changeStatus(UUID id, Integer expectedVersion, ConvoyStatus status, LocalDate date);

    default ConvoyView changeStatus(UUID id, Integer expectedVersion, ConvoyStatus status) {
        return changeStatus(id, expectedVersion, status, null);
    }

    ConvoyManifest manifest(UUID id);

    record NewConvoy(String crossingPointCode, LocalDate plannedDate, Integer capacity) {}

    enum ConvoyStatus {
        PLANNED,
        CONFIRMED,
        DEPARTED,
        COMPLETED,
        CANCELLED;

        public boolean openForBooking() {
            return this == PLANNED || this == CONFIRMED;
        }
    }
}
