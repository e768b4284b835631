package org.homeward.returns.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import org.homeward.audit.AuditLog;
import org.homeward.audit.AuditRecord;
import org.homeward.geography.CrossingPoint;
import org.homeward.identity.Actor;
import org.homeward.identity.Role;
import org.homeward.registry.AgeGroup;
import org.homeward.returns.ConvoyManifest;
import org.homeward.returns.ConvoyView;
import org.homeward.returns.Convoys;
import org.homeward.shared.ConflictException;
import org.homeward.shared.NotFoundException;
import org.homeward.shared.PreconditionFailedException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Convoy planning. A convoy moves from PLANNED to CONFIRMED, DEPARTED and COMPLETED, or is CANCELLED before it
 * leaves; cases book seats while it is PLANNED or CONFIRMED, and follow its later moves ({@link ConvoyCases}).
 */
@Service
@Transactional
class ConvoyService implements Convoys {

    static final int MAX_CAPACITY = 10_000;
    private static final Map<ConvoyStatus, Set<ConvoyStatus>> NEXT = Map.of(
            ConvoyStatus.PLANNED, EnumSet.of(ConvoyStatus.CONFIRMED, ConvoyStatus.CANCELLED),
            ConvoyStatus.CONFIRMED, EnumSet.of(ConvoyStatus.PLANNED, ConvoyStatus.DEPARTED, ConvoyStatus.CANCELLED),
            ConvoyStatus.DEPARTED, EnumSet.of(ConvoyStatus.COMPLETED),
            ConvoyStatus.COMPLETED, EnumSet.noneOf(ConvoyStatus.class),
            ConvoyStatus.CANCELLED, EnumSet.noneOf(ConvoyStatus.class));

    private final ConvoyStore store;
    private final ConvoyManifests manifests;
    private final ConvoyCases cases;
    private final CodeResolver codes;
    private final CaseTransitions transitions;
    private final ReturnAccess access;
    private final AuditLog audit;
    private final Clock clock;

    ConvoyService(
            ConvoyStore store,
            ConvoyManifests manifests,
            ConvoyCases cases,
            CodeResolver codes,
            CaseTransitions transitions,
            ReturnAccess access,
            AuditLog audit,
            Clock clock) {
        this.store = store;
        this.manifests = manifests;
        this.cases = cases;
        this.codes = codes;
        this.transitions = transitions;
        this.access = access;
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    public ConvoyView plan(NewConvoy convoy) {
        Actor actor = planner();
        Problems problems = new Problems();
        CrossingPoint point = codes.crossingPoint("crossingPointCode", convoy.crossingPointCode(), problems, false);
        if (convoy.plannedDate() == null) {
            problems.add("plannedDate", "required", "the date the convoy leaves (YYYY-MM-DD)");
        }
        if (convoy.capacity() == null || convoy.capacity() < 1 || convoy.capacity() > MAX_CAPACITY) {
            problems.add("capacity", "range", "the number of people it can carry, 1 to " + MAX_CAPACITY);
        }
        problems.throwIfAny();
        UUID id = UUID.randomUUID();
        store.insert(
                id,
                store.nextReference(),
                point == null ? null : point.code(),
                convoy.plannedDate(),
                convoy.capacity(),
                transitions.step(actor));
        audit.append(AuditRecord.created("return-convoy", id.toString()));
        return get(id);
    }

    @Override
    @Transactional(readOnly = true)
    public ConvoyView get(UUID id) {
        access.actor();
        return store.find(id).orElseThrow(() -> new NotFoundException("convoy", id.toString()));
    }

    @Override
    @Transactional(readOnly = true)
    public List<ConvoyView> list(LocalDate from, LocalDate to) {
        access.actor();
        LocalDate today = LocalDate.now(clock);
        return store.list(from == null ? today.minusDays(30) : from, to == null ? today.plusDays(90) : to);
    }

    @Override
    public ConvoyView changeStatus(UUID id, Integer expectedVersion, ConvoyStatus status, LocalDate date) {
        Actor actor = planner();
        ConvoyView convoy = get(id);
        if (status == null) {
            new Problems()
                    .add("status", "required", "one of " + List.of(ConvoyStatus.values()))
                    .throwIfAny();
        }
        Step step = transitions.step(actor).on(date, "date");
        int version = expectedVersion == null ? convoy.version() : expectedVersion;
        if (version != convoy.version()) {
            throw PreconditionFailedException.stale("convoy", convoy.version());
        }
        if (!NEXT.get(convoy.status()).contains(status)) {
            throw new ConflictException(
                    "convoy-status",
                    "a " + convoy.status() + " convoy cannot become " + status + "; it can become "
                            + NEXT.get(convoy.status()));
        }
        if (!store.updateStatus(id, version, status, step)) {
            throw PreconditionFailedException.stale("convoy", "a newer version");
        }
        int moved = cases.follow(convoy, status, step.effectiveOn(), step);
        audit.append(AuditRecord.updated("return-convoy", id.toString(), List.of("status"))
                .withDetail("status", status.name())
                .withDetail("casesMoved", String.valueOf(moved)));
        return get(id);
    }

    @Override
    public ConvoyManifest manifest(UUID id) {
        Actor actor = access.actor();
        ConvoyView convoy = get(id);
        List<ConvoyManifests.Traveller> travellers = manifests.travellers(id);
        Map<String, Integer> counts = new TreeMap<>();
        int year = convoy.plannedDate().getYear();
        for (ConvoyManifests.Traveller traveller : travellers) {
            Integer age = traveller.birthYear() == null ? null : year - traveller.birthYear();
            counts.merge(traveller.sex() + "|" + AgeGroup.of(age).label(), 1, Integer::sum);
        }
        List<ConvoyManifest.Count> rows = new ArrayList<>();
        counts.forEach((key, people) -> {
            String[] parts = key.split("\\|");
            rows.add(new ConvoyManifest.Count(parts[0], parts[1], people));
        });
        List<ConvoyManifest.Traveller> people =
                actor.role() == Role.CASEWORKER ? manifests.named(travellers, year) : null;
        return new ConvoyManifest(
                id,
                convoy.reference(),
                convoy.crossingPointCode(),
                convoy.plannedDate(),
                travellers.size(),
                rows,
                people);
    }

    private Actor planner() {
        Actor actor = access.actor();
        if (actor.role() != Role.CASEWORKER && actor.role() != Role.COORDINATOR) {
            throw new AccessDeniedException("Caseworkers and coordinators plan convoys");
        }
        return actor;
    }
}
