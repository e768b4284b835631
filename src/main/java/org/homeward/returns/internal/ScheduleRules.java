package org.homeward.returns.internal;

import java.time.LocalDate;
import org.homeward.geography.CrossingPoint;
import org.homeward.returns.DisplacementType;
import org.homeward.returns.Transport;

/** The field rules of scheduling: the crossing point fits the kind of return, the convoy fits the plan. */
final class ScheduleRules {

    private ScheduleRules() {}

    static void checkCrossing(CaseState state, ScheduleInput input, Problems problems) {
        CrossingPoint point = input.crossingPoint();
        if (state.type == DisplacementType.IDP) {
            if (point != null) {
                problems.add("crossingPointCode", "not-applicable", "an IDP return crosses no border");
            }
            return;
        }
        if (point == null) {
            problems.add("crossingPointCode", "required", "a refugee return names the crossing point into Syria");
            return;
        }
        if (!input.crossingPolicy().allows(point, state.origin.country())) {
            problems.add(
                    "crossingPointCode",
                    "wrong-country",
                    input.crossingPolicy().refusal(point, state.origin.country()));
        }
        boolean airport = point.kind() == CrossingPoint.Kind.AIR;
        if (input.transport() == Transport.AIR && !airport) {
            problems.add("crossingPointCode", "not-an-airport", "a return by air arrives at an airport");
        }
        if (input.transport() != null && input.transport() != Transport.AIR && airport) {
            problems.add("transport", "airport", point.code() + " is an airport: transport AIR");
        }
    }

    static void checkConvoy(ScheduleInput input, LocalDate planned, Problems problems) {
        ConvoySeat convoy = input.convoy();
        if (convoy == null) {
            return;
        }
        if (input.transport() != Transport.CONVOY) {
            problems.add("transport", "convoy", "a case joining a convoy travels by CONVOY");
        }
        if (!convoy.openForBooking()) {
            problems.add("convoyId", "closed", "convoy " + convoy.reference() + " takes no more cases");
        }
        if (planned != null && !planned.equals(convoy.plannedDate())) {
            problems.add(
                    "plannedDate",
                    "convoy-date",
                    "convoy " + convoy.reference() + " leaves on " + convoy.plannedDate());
        }
        CrossingPoint point = input.crossingPoint();
        String code = point == null ? null : point.code();
        if (convoy.crossingPointCode() != null && !convoy.crossingPointCode().equals(code)) {
            problems.add(
                    "crossingPointCode",
                    "convoy-crossing",
                    "convoy " + convoy.reference() + " goes through " + convoy.crossingPointCode());
        }
    }
}
