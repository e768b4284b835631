package org.homeward.returns.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import org.homeward.geography.Area;
import org.homeward.geography.CrossingPoint;
import org.homeward.geography.Gazetteer;
import org.homeward.registry.DisplacementStatus;
import org.homeward.registry.HouseholdFacts;
import org.homeward.returns.ConvoyView;
import org.homeward.returns.Convoys;
import org.homeward.returns.CounsellingTopic;
import org.homeward.returns.Monitoring;
import org.homeward.returns.MonitoringVisitView;
import org.homeward.returns.ReturnCaseView;
import org.homeward.returns.ReturnStatus;
import org.homeward.returns.Returns;
import org.homeward.returns.Transport;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * Takes one demo household's case through the workflow to a chosen state, with dates that follow each other: long
 * finished cases start between 2018 and last year, cases still in progress started in the last months.
 */
@Component
@Profile("demo")
class DemoCaseBuilder {

    static final LocalDate FIRST = LocalDate.of(2018, 1, 1);
    private static final String SYNTHETIC = " (synthetic demo record)";
    private static final List<String> WITNESSES = List.of("UNHCR", "IOM", "SARC", "ICRC");

    /** Target states and their weights (per hundred). */
    private static final Map<ReturnStatus, Integer> WEIGHTS = new java.util.LinkedHashMap<>();

    static {
        WEIGHTS.put(ReturnStatus.MONITORED, 24);
        WEIGHTS.put(ReturnStatus.ARRIVED, 22);
        WEIGHTS.put(ReturnStatus.INTENTION_RECORDED, 6);
        WEIGHTS.put(ReturnStatus.COUNSELLED, 6);
        WEIGHTS.put(ReturnStatus.DECLARATION_SIGNED, 6);
        WEIGHTS.put(ReturnStatus.CLEARED, 5);
        WEIGHTS.put(ReturnStatus.SCHEDULED, 7);
        WEIGHTS.put(ReturnStatus.DEPARTED, 4);
        WEIGHTS.put(ReturnStatus.CROSSED, 4);
        WEIGHTS.put(ReturnStatus.WITHDRAWN, 8);
        WEIGHTS.put(ReturnStatus.CANCELLED, 4);
        WEIGHTS.put(ReturnStatus.ON_HOLD, 4);
    }

    private static final List<String> PATH =
            List.of("counsel", "sign-declaration", "clear", "schedule", "depart", "cross", "arrive", "monitor");

    private final Returns returns;
    private final Monitoring monitoring;
    private final Convoys convoys;
    private final Gazetteer gazetteer;
    private final Clock clock;
    private final Map<String, UUID> convoyByKey = new HashMap<>();

    DemoCaseBuilder(Returns returns, Monitoring monitoring, Convoys convoys, Gazetteer gazetteer, Clock clock) {
        this.returns = returns;
        this.monitoring = monitoring;
        this.convoys = convoys;
        this.gazetteer = gazetteer;
        this.clock = clock;
    }

    static ReturnStatus pick(Random random) {
        int roll = random.nextInt(
                WEIGHTS.values().stream().mapToInt(Integer::intValue).sum());
        for (Map.Entry<ReturnStatus, Integer> weight : WEIGHTS.entrySet()) {
            roll -= weight.getValue();
            if (roll < 0) {
                return weight.getKey();
            }
        }
        return ReturnStatus.ARRIVED;
    }

    ReturnCaseView build(HouseholdFacts household, ReturnStatus target, Random random) {
        LocalDate today = LocalDate.now(clock);
        boolean refugee = household.status() == DisplacementStatus.REFUGEE;
        ReturnStatus goal = !refugee && target == ReturnStatus.CROSSED ? ReturnStatus.DEPARTED : target;
        int steps = stepsTo(goal, random);
        long span = ChronoUnit.DAYS.between(FIRST, today.minusDays(400));
        // Monitored, withdrawn and cancelled cases spread over the years; cases arrived but not yet visited
        // arrived in the last months (their first visits are due now); the others are in progress.
        LocalDate start = switch (target) {
            case MONITORED, WITHDRAWN, CANCELLED -> FIRST.plusDays(random.nextLong(Math.max(1, span)));
            case ARRIVED -> today.minusDays(150 + random.nextInt(110));
            default -> today.minusDays(20 + random.nextInt(70));
        };
        Area destination = community(household.originPcode());
        DemoDates dates = new DemoDates(start, today, random);
        List<UUID> members =
                household.members().stream().map(HouseholdFacts.Member::id).toList();
        ReturnCaseView view =
                returns.open(new Returns.Opening(household.id(), members, destination.pcode(), dates.clamp(start)));
        UUID id = view.id();
        for (int step = 0; step < steps && step < PATH.size(); step++) {
            String action = PATH.get(step);
            if (action.equals("cross") && !refugee) {
                continue;
            }
            view = act(id, action, household, destination, dates, random);
        }
        return close(id, target, dates, view);
    }

    /** How many steps of the path lead to the target; withdrawals, cancellations and holds stop somewhere on it. */
    private static int stepsTo(ReturnStatus target, Random random) {
        return switch (target) {
            case INTENTION_RECORDED -> 0;
            case COUNSELLED -> 1;
            case DECLARATION_SIGNED -> 2;
            case CLEARED -> 3;
            case SCHEDULED -> 4;
            case DEPARTED -> 5;
            case CROSSED -> 6;
            case ARRIVED -> 7;
            case MONITORED -> 8;
            case WITHDRAWN, CANCELLED -> random.nextInt(6);
            case ON_HOLD -> random.nextInt(5);
        };
    }

    private ReturnCaseView close(UUID id, ReturnStatus target, DemoDates dates, ReturnCaseView view) {
        return switch (target) {
            case WITHDRAWN -> returns.withdraw(id, null, new Returns.Withdrawal(null, List.of(), dates.next(3, 30)));
            case CANCELLED ->
                returns.cancel(id, null, new Returns.Reason("Registered twice" + SYNTHETIC, dates.next(3, 30)));
            case ON_HOLD ->
                returns.hold(
                        id,
                        null,
                        new Returns.Reason(
                                "Family asked to wait until the school year ends" + SYNTHETIC, dates.next(1, 10)));
            default -> view;
        };
    }

    private ReturnCaseView act(
            UUID id, String action, HouseholdFacts household, Area destination, DemoDates dates, Random random) {
        boolean refugee = household.status() == DisplacementStatus.REFUGEE;
        return switch (action) {
            case "counsel" ->
                returns.counsel(
                        id,
                        null,
                        new Returns.Counselling(dates.next(3, 20), java.util.EnumSet.allOf(CounsellingTopic.class)));
            case "sign-declaration" -> sign(id, household, dates, random);
            case "clear" -> returns.clear(id, null, new Returns.Clearance(dates.next(1, 14)));
            case "schedule" -> schedule(id, household, dates, random);
            case "depart" -> returns.depart(id, null, new Returns.Departure(dates.departure(), null, null, null));
            case "cross" ->
                returns.cross(
                        id,
                        null,
                        new Returns.Crossing(
                                dates.next(0, 1), returns.get(id).plan().crossingPointCode()));
            case "arrive" -> arrive(id, household, destination, dates, random, refugee);
            case "monitor" -> monitor(id, destination, random);
            default -> throw new IllegalArgumentException(action);
        };
    }

    private ReturnCaseView sign(UUID id, HouseholdFacts household, DemoDates dates, Random random) {
        LocalDate date = dates.next(1, 10);
        List<UUID> adults = household.members().stream()
                .filter(member -> member.isAdultOn(date))
                .map(HouseholdFacts.Member::id)
                .toList();
        String place = household.currentSite() != null
                ? gazetteer
                        .site(household.currentSite())
                        .map(site -> site.nameEn())
                        .orElse("Camp")
                : gazetteer
                        .country(household.currentCountry())
                        .map(country -> country.nameEn())
                        .orElse("Office");
        return returns.signDeclaration(
                id,
                null,
                new Returns.Declaration(date, place, WITNESSES.get(random.nextInt(WITNESSES.size())), adults));
    }

    private ReturnCaseView schedule(UUID id, HouseholdFacts household, DemoDates dates, Random random) {
        LocalDate scheduledOn = dates.next(1, 10);
        LocalDate planned = dates.planned(scheduledOn);
        boolean refugee = household.status() == DisplacementStatus.REFUGEE;
        CrossingPoint point = refugee ? crossing(household.currentCountry(), random) : null;
        Transport transport = point != null && point.kind() == CrossingPoint.Kind.AIR
                ? Transport.AIR
                : random.nextInt(10) < 6 ? Transport.CONVOY : Transport.SELF_ORGANISED;
        UUID convoy = transport == Transport.CONVOY ? convoy(point, planned) : null;
        return returns.schedule(
                id,
                null,
                new Returns.Schedule(
                        planned, transport, point == null ? null : point.code(), convoy, null, scheduledOn));
    }

    private ReturnCaseView arrive(
            UUID id, HouseholdFacts household, Area destination, DemoDates dates, Random random, boolean refugee) {
        List<UUID> members =
                household.members().stream().map(HouseholdFacts.Member::id).toList();
        LocalDate date = dates.next(refugee ? 0 : 1, 2);
        boolean partial = members.size() > 2 && random.nextInt(10) == 0;
        List<UUID> first = partial ? members.subList(0, members.size() - 1) : members;
        ReturnCaseView view = returns.arrive(id, null, new Returns.Arrival(date, destination.pcode(), first));
        if (partial) {
            LocalDate later = dates.next(10, 60);
            List<UUID> rest = members.subList(members.size() - 1, members.size());
            view = random.nextBoolean()
                    ? returns.arrive(id, null, new Returns.Arrival(later, destination.pcode(), rest))
                    : returns.withdraw(id, null, new Returns.Withdrawal(null, rest, later));
        }
        return view;
    }

    private ReturnCaseView monitor(UUID id, Area destination, Random random) {
        LocalDate today = LocalDate.now(clock);
        for (MonitoringVisitView visit : returns.get(id).monitoringVisits()) {
            if (visit.visitedOn() != null
                    || visit.dueOn() == null
                    || visit.dueOn().isAfter(today)) {
                continue;
            }
            LocalDate date = visit.dueOn().plusDays(random.nextInt(10));
            monitoring.record(id, null, DemoVisits.report(date.isAfter(today) ? today : date, destination, random));
        }
        return returns.get(id);
    }

    /** A crossing into Syria from the household's country, or Damascus airport from farther away. */
    private CrossingPoint crossing(String country, Random random) {
        List<CrossingPoint> points = gazetteer.crossingPoints().stream()
                .filter(point -> country.equals(point.partnerCountryIso3()))
                .toList();
        if (points.isEmpty()) {
            return gazetteer.crossingPoint("XP-AIR-DAM").orElseThrow();
        }
        return points.get(random.nextInt(points.size()));
    }

    private UUID convoy(CrossingPoint point, LocalDate planned) {
        String key = (point == null ? "" : point.code()) + "|" + planned;
        UUID existing = convoyByKey.get(key);
        if (existing != null
                && convoys.get(existing).capacity() - convoys.get(existing).seatsTaken() >= 20) {
            return existing;
        }
        ConvoyView convoy = convoys.plan(new Convoys.NewConvoy(point == null ? null : point.code(), planned, 300));
        convoyByKey.put(key, convoy.id());
        return convoy.id();
    }

    /**
     * Convoys whose date has passed have left and arrived; the rest are confirmed. A convoy still carrying cases the
     * demo left scheduled or departed stays confirmed: completing it would move those cases on (see ConvoyCases),
     * and the demo shows cases in every state.
     */
    void closePastConvoys() {
        LocalDate today = LocalDate.now(clock);
        for (UUID id : convoyByKey.values()) {
            ConvoyView convoy = convoys.get(id);
            if (convoy.status() != Convoys.ConvoyStatus.PLANNED) {
                continue;
            }
            convoys.changeStatus(id, null, Convoys.ConvoyStatus.CONFIRMED);
            boolean carriesCasesOnTheWay = convoy.cases().stream()
                    .anyMatch(booked ->
                            booked.status() == ReturnStatus.SCHEDULED || booked.status() == ReturnStatus.DEPARTED);
            if (convoy.plannedDate().isBefore(today.minusDays(3)) && !carriesCasesOnTheWay) {
                convoys.changeStatus(id, null, Convoys.ConvoyStatus.DEPARTED, convoy.plannedDate());
                convoys.changeStatus(id, null, Convoys.ConvoyStatus.COMPLETED, convoy.plannedDate());
            }
        }
    }

    /** A community to go home to: the origin itself, or the first community within it. */
    private Area community(String pcode) {
        Area area = gazetteer.get(pcode);
        while (area.level() < Area.COMMUNITY) {
            List<Area> children = gazetteer.children(area.pcode());
            if (children.isEmpty()) {
                return area;
            }
            area = children.get(0);
        }
        return area;
    }
}
