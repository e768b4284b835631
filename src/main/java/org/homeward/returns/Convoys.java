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

    ConvoyView changeStatus(UUID id, Integer expectedVersion, ConvoyStatus status);

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
