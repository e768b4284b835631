package org.homeward.returns.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.homeward.geography.CrossingPoint;
import org.homeward.returns.ConvoyView;
import org.homeward.returns.Convoys.ConvoyStatus;
import org.homeward.returns.DisplacementType;
import org.homeward.returns.ReturnAction;
import org.homeward.returns.ReturnStatus;
import org.homeward.returns.Returns;
import org.homeward.returns.TransitionRefused;
import org.homeward.shared.ConflictException;
import org.homeward.shared.ValidationException;
import org.springframework.stereotype.Component;

/**
 * What a convoy's status does to the cases booked on it, so that the convoy and its cases never tell different
 * stories:
 *
 * <ul>
 *   <li>DEPARTED: every SCHEDULED case departs on the convoy's day, from where its household stayed;
 *   <li>COMPLETED: the convoy went through its crossing point: every refugee case that departed in it crosses there
 *       (arrivals stay with each case, as only its caseworker knows who arrived where);
 *   <li>CANCELLED: every SCHEDULED case goes back to CLEARED to be scheduled again, and a case held while scheduled
 *       will resume as CLEARED.
 * </ul>
 *
 * Cases in other states (on hold, withdrawn) are left as they are and stay visible on the convoy with their state.
 * Each case moves through its own guarded method, writes its timeline, movements, audit entry and events, recorded
 * as the planner acting for the convoy. If one case cannot follow, the convoy's change is refused naming that case,
 * and nothing changes.
 */
@Component
class ConvoyCases {

    private final ReturnCaseStore store;
    private final CaseTransitions transitions;
    private final MovementLedger movements;
    private final DeclarationCheck declarations;
    private final CodeResolver codes;

    ConvoyCases(
            ReturnCaseStore store,
            CaseTransitions transitions,
            MovementLedger movements,
            DeclarationCheck declarations,
            CodeResolver codes) {
        this.store = store;
        this.transitions = transitions;
        this.movements = movements;
        this.declarations = declarations;
        this.codes = codes;
    }

    /** Moves the cases of {@code convoy}, now {@code status}; answers how many moved. */
    int follow(ConvoyView convoy, ConvoyStatus status, LocalDate date, Step step) {
        return switch (status) {
            case DEPARTED -> each(convoy, ReturnAction.DEPART, step, returnCase -> depart(returnCase, date, step));
            case COMPLETED -> convoy.crossingPointCode() == null ? 0 : cross(convoy, date, step);
            case CANCELLED ->
                each(convoy, ReturnAction.UNSCHEDULE, step, returnCase -> unschedule(returnCase, convoy, step));
            case PLANNED, CONFIRMED -> 0;
        };
    }

    private int cross(ConvoyView convoy, LocalDate date, Step step) {
        Problems problems = new Problems();
        CrossingPoint point = codes.crossingPoint("crossingPointCode", convoy.crossingPointCode(), problems, true);
        problems.throwIfAny();
        return each(convoy, ReturnAction.CROSS, step, returnCase -> cross(returnCase, point, date, step));
    }

    /**
     * Moves one case if its state calls for it, answering what to record once the case row is saved (movements,
     * audit, events — in that order, as in every transition), or null if the case stays as it is.
     */
    private interface CaseMove {
        Runnable apply(ReturnCase returnCase);
    }

    private int each(ConvoyView convoy, ReturnAction action, Step step, CaseMove move) {
        int moved = 0;
        for (ConvoyView.ConvoyCase booked : convoy.cases()) {
            ReturnCase returnCase = store.findForUpdate(booked.caseId()).orElseThrow();
            Runnable records;
            try {
                records = move.apply(returnCase);
            } catch (TransitionRefused | ValidationException refused) {
                throw new ConflictException(
                        "convoy-case-refused",
                        "case " + booked.reference() + " cannot " + action.code() + " with convoy " + convoy.reference()
                                + ": " + reason(refused) + "; nothing was changed");
            }
            if (records == null) {
                continue;
            }
            if (!store.update(returnCase, step)) {
                throw new ConflictException(
                        "convoy-case-changed", "case " + booked.reference() + " changed at the same time; try again");
            }
            records.run();
            moved++;
        }
        return moved;
    }

    private Runnable depart(ReturnCase returnCase, LocalDate date, Step step) {
        if (returnCase.state.status != ReturnStatus.SCHEDULED) {
            return null;
        }
        CaseMovements.DepartureInput input =
                ReturnService.departureInput(codes, returnCase, new Returns.Departure(date, null, null, null));
        List<CaseMember> leaving = returnCase.depart(input, declarations.withdrawn(returnCase, step.today()), step);
        return () -> {
            movements.record(
                    MovementLedger.Kind.DEPARTED,
                    returnCase.state,
                    leaving,
                    date,
                    returnCase.state.destination.pcode(),
                    step);
            transitions.finish(returnCase, ReturnAction.DEPART);
        };
    }

    private Runnable cross(ReturnCase returnCase, CrossingPoint point, LocalDate date, Step step) {
        if (returnCase.state.status != ReturnStatus.DEPARTED || returnCase.state.type != DisplacementType.REFUGEE) {
            return null;
        }
        List<CaseMember> crossing = returnCase.pendingMembers();
        returnCase.cross(date, point, codes.crossingPolicy(), step);
        return () -> {
            movements.record(
                    MovementLedger.Kind.CROSSED,
                    returnCase.state,
                    crossing,
                    date,
                    returnCase.state.destination.pcode(),
                    step);
            transitions.finish(returnCase, ReturnAction.CROSS);
        };
    }

    private Runnable unschedule(ReturnCase returnCase, ConvoyView convoy, Step step) {
        ReturnStatus status = returnCase.state.status;
        boolean held = status == ReturnStatus.ON_HOLD && returnCase.state.hold.heldFrom() == ReturnStatus.SCHEDULED;
        if (status != ReturnStatus.SCHEDULED && !held) {
            return null;
        }
        returnCase.unschedule(convoy.id(), convoy.reference(), step);
        return () -> transitions.finish(returnCase, ReturnAction.UNSCHEDULE);
    }

    private static String reason(RuntimeException refused) {
        if (refused instanceof ValidationException invalid) {
            return invalid.errors().stream()
                    .map(error -> error.field() + " " + error.message())
                    .collect(Collectors.joining("; "));
        }
        return refused.getMessage();
    }
}
