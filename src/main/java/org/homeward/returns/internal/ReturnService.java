package org.homeward.returns.internal;

import static org.homeward.returns.ReturnAction.ARRIVE;
import static org.homeward.returns.ReturnAction.CANCEL;
import static org.homeward.returns.ReturnAction.CLEAR;
import static org.homeward.returns.ReturnAction.COUNSEL;
import static org.homeward.returns.ReturnAction.CROSS;
import static org.homeward.returns.ReturnAction.DEPART;
import static org.homeward.returns.ReturnAction.HOLD;
import static org.homeward.returns.ReturnAction.RELEASE;
import static org.homeward.returns.ReturnAction.SCHEDULE;
import static org.homeward.returns.ReturnAction.SIGN_DECLARATION;
import static org.homeward.returns.ReturnAction.WITHDRAW;

import java.util.List;
import java.util.UUID;
import org.homeward.geography.Area;
import org.homeward.geography.CrossingPoint;
import org.homeward.geography.Site;
import org.homeward.registry.Consents;
import org.homeward.registry.Consents.ConsentGiven;
import org.homeward.registry.DisplacementStatus;
import org.homeward.registry.HouseholdFacts;
import org.homeward.registry.Registry;
import org.homeward.returns.AreaHoldView;
import org.homeward.returns.DisplacementType;
import org.homeward.returns.MemberState;
import org.homeward.returns.ReturnCaseSummary;
import org.homeward.returns.ReturnCaseView;
import org.homeward.returns.ReturnSearch;
import org.homeward.returns.Returns;
import org.homeward.returns.internal.CaseMovements.DepartureInput;
import org.homeward.returns.internal.CaseTransitions.Change;
import org.homeward.shared.Page;
import org.homeward.shared.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The workflow's transitions, each in one transaction framed by {@link CaseTransitions}. */
@Service
@Transactional
class ReturnService implements Returns {

    private final CaseTransitions transitions;
    private final CaseOpener opener;
    private final ReturnViews views;
    private final ReturnQueries queries;
    private final AreaHolds holds;
    private final AreaHoldStore holdStore;
    private final MovementLedger movements;
    private final MonitoringStore visits;
    private final ConvoyStore convoys;
    private final CodeResolver codes;
    private final DeclarationCheck declarations;
    private final Consents consents;
    private final Registry registry;
    private final ReturnsProperties properties;

    ReturnService(
            CaseTransitions transitions,
            CaseOpener opener,
            ReturnViews views,
            ReturnQueries queries,
            AreaHolds holds,
            AreaHoldStore holdStore,
            MovementLedger movements,
            MonitoringStore visits,
            ConvoyStore convoys,
            CodeResolver codes,
            DeclarationCheck declarations,
            Consents consents,
            Registry registry,
            ReturnsProperties properties) {
        this.transitions = transitions;
        this.opener = opener;
        this.views = views;
        this.queries = queries;
        this.holds = holds;
        this.holdStore = holdStore;
        this.movements = movements;
        this.visits = visits;
        this.convoys = convoys;
        this.codes = codes;
        this.declarations = declarations;
        this.consents = consents;
        this.registry = registry;
        this.properties = properties;
    }

    @Override
    public ReturnCaseView open(Opening opening) {
        return views.view(opener.open(opening), true);
    }

    @Override
    public ReturnCaseView get(UUID id) {
        return views.view(id);
    }

    @Override
    @Transactional(readOnly = true)
    public Page<ReturnCaseSummary> search(ReturnSearch search, PageRequest page) {
        return queries.search(search, page);
    }

    @Override
    public ReturnCaseView counsel(UUID id, Integer version, Counselling counselling) {
        Change change = transitions.begin(id, version);
        change.returnCase().counsel(counselling.date(), counselling.topics(), change.step());
        transitions.saveAndFinish(change, COUNSEL, version);
        return views.view(id);
    }

    @Override
    public ReturnCaseView signDeclaration(UUID id, Integer version, Declaration declaration) {
        Change change = transitions.begin(id, version);
        ReturnCase returnCase = change.returnCase();
        refreshMembers(returnCase, change.household());
        returnCase.signDeclaration(
                declaration.date(),
                declaration.place(),
                declaration.witnessOrganisation(),
                declaration.signedBy(),
                change.step());
        transitions.save(change, SIGN_DECLARATION, version);
        var signed = returnCase.state.declaration;
        for (UUID signer : declaration.signedBy()) {
            consents.give(
                    returnCase.state.householdId,
                    signer,
                    new ConsentGiven(
                            "RETURN",
                            null,
                            "SELF",
                            signed.date(),
                            "WRITTEN",
                            signed.place(),
                            signed.witnessOrganisation()));
        }
        transitions.finish(returnCase, SIGN_DECLARATION);
        return views.view(id);
    }

    @Override
    public ReturnCaseView clear(UUID id, Integer version, Clearance clearance) {
        Change change = transitions.begin(id, version);
        ReturnCase returnCase = change.returnCase();
        returnCase.require(CLEAR);
        returnCase.clear(
                holdStore.covering(returnCase.state.destination),
                declarations.withdrawn(returnCase, change.step().today()),
                change.step().on(clearance.date(), "date"));
        transitions.saveAndFinish(change, CLEAR, version);
        return views.view(id);
    }

    @Override
    public ReturnCaseView schedule(UUID id, Integer version, Schedule schedule) {
        Change change = transitions.begin(id, version);
        ReturnCase returnCase = change.returnCase();
        returnCase.require(SCHEDULE);
        Problems problems = new Problems();
        CrossingPoint point = codes.crossingPoint("crossingPointCode", schedule.crossingPointCode(), problems, false);
        Area destination = codes.area("destinationPcode", schedule.destinationPcode(), problems, false);
        ConvoySeat convoy = schedule.convoyId() == null ? null : convoys.seat(schedule.convoyId(), id, problems);
        problems.throwIfAny();
        Destination target = destination == null ? returnCase.state.destination : Destination.of(destination);
        returnCase.schedule(
                new ScheduleInput(
                        schedule.plannedDate(),
                        schedule.transport(),
                        point,
                        destination,
                        convoy,
                        codes.crossingPolicy()),
                holdStore.covering(target),
                change.step().on(schedule.scheduledOn(), "scheduledOn"));
        transitions.saveAndFinish(change, SCHEDULE, version);
        return views.view(id);
    }

    @Override
    public ReturnCaseView depart(UUID id, Integer version, Departure departure) {
        Change change = transitions.begin(id, version);
        ReturnCase returnCase = change.returnCase();
        returnCase.require(DEPART);
        DepartureInput input = departureInput(codes, returnCase, departure);
        List<CaseMember> leaving = returnCase.depart(
                input, declarations.withdrawn(returnCase, change.step().today()), change.step());
        transitions.save(change, DEPART, version);
        movements.record(
                MovementLedger.Kind.DEPARTED,
                returnCase.state,
                leaving,
                input.date(),
                returnCase.state.destination.pcode(),
                change.step());
        transitions.finish(returnCase, DEPART);
        return views.view(id);
    }

    /** The departure with its codes resolved, each place defaulting to where the household stayed. */
    static DepartureInput departureInput(CodeResolver codes, ReturnCase returnCase, Departure departure) {
        Problems problems = new Problems();
        boolean defaults =
                departure.fromCountry() == null && departure.fromSite() == null && departure.fromPcode() == null;
        var origin = returnCase.origin();
        String countryCode = defaults ? origin.country() : departure.fromCountry();
        String siteCode = defaults ? origin.site() : departure.fromSite();
        String pcodeCode = defaults ? origin.pcode() : departure.fromPcode();
        String country = codes.country("fromCountry", countryCode, problems);
        Site site = codes.site("fromSite", siteCode, problems);
        Area pcode = codes.area("fromPcode", pcodeCode, problems, false);
        problems.throwIfAny();
        if (country == null) {
            country = site != null ? site.countryIso3() : pcode != null ? "SYR" : origin.country();
        }
        return new DepartureInput(
                departure.date(),
                country,
                site == null ? null : site.code(),
                site == null ? null : site.countryIso3(),
                pcode == null ? null : pcode.pcode(),
                departure.memberIds() == null ? List.of() : departure.memberIds());
    }

    @Override
    public ReturnCaseView cross(UUID id, Integer version, Crossing crossing) {
        Change change = transitions.begin(id, version);
        ReturnCase returnCase = change.returnCase();
        returnCase.require(CROSS);
        Problems problems = new Problems();
        CrossingPoint point = codes.crossingPoint("crossingPointCode", crossing.crossingPointCode(), problems, true);
        if (point == null) {
            problems.pastDate("date", crossing.date(), change.step().today());
        }
        problems.throwIfAny();
        List<CaseMember> crossingMembers = returnCase.pendingMembers();
        returnCase.cross(crossing.date(), point, codes.crossingPolicy(), change.step());
        transitions.save(change, CROSS, version);
        movements.record(
                MovementLedger.Kind.CROSSED,
                returnCase.state,
                crossingMembers,
                crossing.date(),
                returnCase.state.destination.pcode(),
                change.step());
        transitions.finish(returnCase, CROSS);
        return views.view(id);
    }

    @Override
    public ReturnCaseView arrive(UUID id, Integer version, Arrival arrival) {
        Change change = transitions.begin(id, version);
        ReturnCase returnCase = change.returnCase();
        returnCase.require(ARRIVE);
        Problems problems = new Problems();
        Area community = codes.area("pcode", arrival.pcode(), problems, true);
        if (community == null) {
            problems.pastDate("date", arrival.date(), change.step().today());
        }
        problems.throwIfAny();
        refreshMembers(returnCase, change.household());
        boolean firstArrival = returnCase.state.firstArrivedOn == null;
        List<CaseMember> arrived = returnCase.arrive(arrival.date(), community, arrival.memberIds(), change.step());
        transitions.save(change, ARRIVE, version);
        movements.record(
                MovementLedger.Kind.ARRIVED,
                returnCase.state,
                arrived,
                arrival.date(),
                community.pcode(),
                change.step());
        if (firstArrival) {
            visits.schedule(id, arrival.date(), properties.monitoring().months());
        }
        relocateIfHome(returnCase, change.household(), arrived, community);
        transitions.finish(returnCase, ARRIVE);
        return views.view(id);
    }

    /** Moves the household's record home when the policy says this arrival does (see HouseholdLocationPolicy). */
    private void relocateIfHome(ReturnCase returnCase, HouseholdFacts household, List<CaseMember> now, Area to) {
        List<UUID> arrivedNow = now.stream().map(CaseMember::personId).toList();
        List<UUID> arrivedInCase = returnCase.state.members.stream()
                .filter(member -> member.state() == MemberState.ARRIVED)
                .map(CaseMember::personId)
                .toList();
        if (!HouseholdLocationPolicy.moves(household, arrivedNow, arrivedInCase)) {
            return;
        }
        DisplacementStatus status = returnCase.state.type == DisplacementType.REFUGEE
                ? DisplacementStatus.RETURNED_REFUGEE
                : DisplacementStatus.RETURNED_IDP;
        // The registry announces the move (HouseholdChanged); DeclarationWithdrawals keeps the case's areas current.
        registry.relocate(household.id(), status, "SYR", to.pcode(), null);
    }

    @Override
    public ReturnCaseView withdraw(UUID id, Integer version, Withdrawal withdrawal) {
        Change change = transitions.begin(id, version);
        change.returnCase()
                .withdraw(
                        withdrawal.reason(),
                        withdrawal.memberIds(),
                        change.step().on(withdrawal.date(), "date"));
        transitions.saveAndFinish(change, WITHDRAW, version);
        return views.view(id);
    }

    @Override
    public ReturnCaseView cancel(UUID id, Integer version, Reason cancellation) {
        Change change = transitions.begin(id, version);
        change.returnCase().cancel(cancellation.reason(), change.step().on(cancellation.date(), "date"));
        transitions.saveAndFinish(change, CANCEL, version);
        return views.view(id);
    }

    @Override
    public ReturnCaseView hold(UUID id, Integer version, Reason hold) {
        Change change = transitions.begin(id, version);
        change.returnCase().hold(hold.reason(), null, change.step().on(hold.date(), "date"));
        transitions.saveAndFinish(change, HOLD, version);
        return views.view(id);
    }

    @Override
    public ReturnCaseView release(UUID id, Integer version) {
        Change change = transitions.begin(id, version);
        ReturnCase returnCase = change.returnCase();
        returnCase.require(RELEASE);
        returnCase.release(holdStore.covering(returnCase.state.destination), change.step());
        transitions.saveAndFinish(change, RELEASE, version);
        return views.view(id);
    }

    @Override
    public AreaHoldView placeHold(AreaHoldRequest request) {
        return holds.place(request);
    }

    @Override
    public AreaHoldView releaseHold(long holdId) {
        return holds.release(holdId);
    }

    @Override
    @Transactional(readOnly = true)
    public List<AreaHoldView> activeHolds() {
        return holdStore.active();
    }

    /** Sex and birth year as the registry has them now (a corrected birth year decides who signs). */
    private static void refreshMembers(ReturnCase returnCase, HouseholdFacts household) {
        for (HouseholdFacts.Member fact : household.members()) {
            returnCase.updateMembers(member -> member.personId().equals(fact.id())
                    ? member.withFacts(
                            fact.relationship(),
                            fact.sex() == null ? null : fact.sex().code(),
                            fact.birthYear())
                    : member);
        }
    }
}
