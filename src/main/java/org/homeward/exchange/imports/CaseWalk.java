package org.homeward.exchange.imports;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.homeward.geography.Gazetteer;
import org.homeward.geography.Site;
import org.homeward.registry.HouseholdFacts;
import org.homeward.registry.Registry;
import org.homeward.returns.DisplacementType;
import org.homeward.returns.MemberState;
import org.homeward.returns.ReturnCaseView;
import org.homeward.returns.ReturnStatus;
import org.homeward.returns.Returns;
import org.homeward.returns.Transport;
import org.springframework.stereotype.Component;

/**
 * Walks one case through the return workflow's own public steps, from where it stands (or from opening) to the
 * status its row reached. Every guard of the workflow applies: a step it refuses throws, and the caller rolls the
 * whole case back. Must run in a transaction, as the importing user.
 */
@Component
class CaseWalk {

    /** A step the row needs but cannot be taken, for a reason found here rather than by the workflow. */
    static final class RowRefused extends RuntimeException {

        final ImportCode code;
        final FieldColumns.Field field;
        final String value;

        RowRefused(ImportCode code, FieldColumns.Field field, String value, String expected) {
            super(expected);
            this.code = code;
            this.field = field;
            this.value = value;
        }
    }

    private final Returns returns;
    private final Registry registry;
    private final Gazetteer gazetteer;

    CaseWalk(Returns returns, Registry registry, Gazetteer gazetteer) {
        this.returns = returns;
        this.registry = registry;
        this.gazetteer = gazetteer;
    }

    /** Opens the case for the household and walks it; answers the case. */
    ReturnCaseView open(CaseRow row, UUID household, Progress progress) {
        progress.step = ReturnStatus.INTENTION_RECORDED;
        List<UUID> members = row.members().isEmpty() ? allMembers(household) : row.members();
        ReturnCaseView opened =
                returns.open(new Returns.Opening(household, members, row.destination(), row.openingDate()));
        return walk(row, opened, progress);
    }

    /**
     * Takes the steps from the case's status to the one the row reached, then withdraws or holds the case if the
     * row ends so; refuses a row that would take the case back.
     */
    ReturnCaseView walk(CaseRow row, ReturnCaseView view, Progress progress) {
        ReturnStatus reached = row.reached();
        int from = CaseRow.PATH.indexOf(view.status());
        int to = CaseRow.PATH.indexOf(reached);
        if (from < 0 || from > to || (from == to && !row.stops())) {
            throw new RowRefused(
                    ImportCode.NO_CHANGE_ALLOWED,
                    CaseColumns.STATUS,
                    row.status().name(),
                    "a status after the case's current one (" + view.status()
                            + "): an import adds later steps, it does not change recorded ones");
        }
        ReturnCaseView current = view;
        for (ReturnStatus step : CaseRow.PATH.subList(from + 1, to + 1)) {
            if (step == ReturnStatus.CROSSED
                    && reached != ReturnStatus.CROSSED
                    && current.displacementType() == DisplacementType.IDP) {
                continue; // an IDP's return crosses no border
            }
            progress.step = step;
            current = take(step, row, current, progress.organisation);
        }
        if (row.stops()) {
            progress.step = row.status();
            current = stop(row, current);
        }
        return current;
    }

    /** The household withdraws (the whole case: no reason owed), or the case is held for the row's reason. */
    private ReturnCaseView stop(CaseRow row, ReturnCaseView view) {
        CaseRow.Stop stop = row.stop();
        if (row.status() == ReturnStatus.WITHDRAWN) {
            return returns.withdraw(view.id(), null, new Returns.Withdrawal(stop.reason(), List.of(), stop.on()));
        }
        return returns.hold(view.id(), null, new Returns.Reason(stop.reason(), stop.on()));
    }

    /**
     * Which step is being taken, so that a refusal names the step's column; and the importing organisation, the
     * witness of a declaration when the row names none.
     */
    static final class Progress {
        final String organisation;
        ReturnStatus step;

        Progress(String organisation) {
            this.organisation = organisation;
        }
    }

    private ReturnCaseView take(ReturnStatus step, CaseRow row, ReturnCaseView view, String organisation) {
        UUID id = view.id();
        LocalDate declared = row.date(ReturnStatus.DECLARATION_SIGNED);
        return switch (step) {
            case COUNSELLED ->
                returns.counsel(id, null, new Returns.Counselling(row.date(ReturnStatus.COUNSELLED), row.topics()));
            case DECLARATION_SIGNED ->
                returns.signDeclaration(
                        id,
                        null,
                        new Returns.Declaration(
                                declared,
                                orElse(row.declarationPlace(), "not stated in the imported file"),
                                orElse(row.witness(), organisation),
                                adults(view, declared)));
            case CLEARED -> returns.clear(id, null, new Returns.Clearance(cleared(row)));
            case SCHEDULED ->
                returns.schedule(
                        id,
                        null,
                        new Returns.Schedule(
                                row.plannedDate() != null ? row.plannedDate() : row.date(ReturnStatus.DEPARTED),
                                row.transport() != null ? row.transport() : Transport.SELF_ORGANISED,
                                row.crossingPoint(),
                                null,
                                null,
                                row.scheduledOn() != null ? row.scheduledOn() : cleared(row)));
            case DEPARTED -> returns.depart(id, null, departure(row));
            case CROSSED ->
                returns.cross(id, null, new Returns.Crossing(row.date(ReturnStatus.CROSSED), row.crossingPoint()));
            case ARRIVED ->
                returns.arrive(
                        id,
                        null,
                        new Returns.Arrival(row.date(ReturnStatus.ARRIVED), row.destination(), pending(view)));
            default -> throw new IllegalStateException("no import step to " + step);
        };
    }

    private static LocalDate cleared(CaseRow row) {
        return row.clearedOn() != null ? row.clearedOn() : row.date(ReturnStatus.DECLARATION_SIGNED);
    }

    private Returns.Departure departure(CaseRow row) {
        LocalDate date = row.date(ReturnStatus.DEPARTED);
        if (row.fromSite() == null) {
            return new Returns.Departure(date, null, null, null);
        }
        Site site = gazetteer.site(row.fromSite()).orElseThrow();
        return new Returns.Departure(date, site.countryIso3(), site.code(), null);
    }

    private List<UUID> allMembers(UUID household) {
        HouseholdFacts facts = registry.facts(household)
                .orElseThrow(() -> new RowRefused(
                        ImportCode.NO_CHANGE_ALLOWED,
                        CaseColumns.HOUSEHOLD,
                        household.toString(),
                        "a household of the registry that you may see"));
        return facts.members().stream().map(HouseholdFacts.Member::id).toList();
    }

    /** The adults among the case's members still to return: every one of them signs the declaration. */
    private static List<UUID> adults(ReturnCaseView view, LocalDate on) {
        return view.members().stream()
                .filter(member -> member.state() == MemberState.PENDING)
                .filter(member -> on == null || member.birthYear() == null || on.getYear() - member.birthYear() >= 18)
                .map(ReturnCaseView.Member::personId)
                .toList();
    }

    private static List<UUID> pending(ReturnCaseView view) {
        return view.members().stream()
                .filter(member -> member.state() == MemberState.PENDING)
                .map(ReturnCaseView.Member::personId)
                .toList();
    }

    private static String orElse(String value, String otherwise) {
        return value == null || value.isBlank() ? otherwise : value;
    }
}
