package org.homeward.registry.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.homeward.audit.AuditLog;
import org.homeward.audit.AuditRecord;
import org.homeward.identity.Actor;
import org.homeward.identity.CurrentActor;
import org.homeward.registry.DisplacementStatus;
import org.homeward.registry.HouseholdChanged;
import org.homeward.registry.HouseholdDeleted;
import org.homeward.registry.HouseholdDraft;
import org.homeward.registry.HouseholdFacts;
import org.homeward.registry.HouseholdPage;
import org.homeward.registry.HouseholdRecord;
import org.homeward.registry.HouseholdRegistered;
import org.homeward.registry.HouseholdSearch;
import org.homeward.registry.HouseholdView;
import org.homeward.registry.Registry;
import org.homeward.registry.internal.RegistryAccess.Visibility;
import org.homeward.shared.FieldError;
import org.homeward.shared.NotFoundException;
import org.homeward.shared.PageRequest;
import org.homeward.shared.PreconditionFailedException;
import org.homeward.shared.ValidationException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

@Service
@Transactional
class RegistryService implements Registry {

    private static final String HOUSEHOLD = "household";
    private static final JsonMapper CANONICAL = JsonMapper.builder().build();

    private final HouseholdStore store;
    private final HouseholdSearches searches;
    private final HouseholdValidator validator;
    private final HouseholdViews views;
    private final IdempotencyKeys idempotencyKeys;
    private final HouseholdAreas areas;
    private final CurrentActor currentActor;
    private final OrganisationCodes organisationCodes;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    RegistryService(
            HouseholdStore store,
            HouseholdSearches searches,
            HouseholdValidator validator,
            HouseholdViews views,
            IdempotencyKeys idempotencyKeys,
            HouseholdAreas areas,
            CurrentActor currentActor,
            OrganisationCodes organisationCodes,
            AuditLog audit,
            ApplicationEventPublisher events,
            Clock clock) {
        this.store = store;
        this.searches = searches;
        this.validator = validator;
        this.views = views;
        this.idempotencyKeys = idempotencyKeys;
        this.areas = areas;
        this.currentActor = currentActor;
        this.organisationCodes = organisationCodes;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    @Override
    public Registration register(HouseholdDraft draft, String idempotencyKey) {
        Actor actor = currentActor.require();
        if (!RegistryAccess.mayRegister(actor.role())) {
            throw new AccessDeniedException("Your role does not register households");
        }
        // Stored at microseconds: the answer built here must equal what a later GET reads back.
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        UUID id = Ids.next();
        if (idempotencyKey != null) {
            byte[] hash = IdempotencyKeys.hash(CANONICAL.writeValueAsBytes(draft));
            Optional<UUID> earlier = idempotencyKeys.claim(actor.username(), idempotencyKey, hash, id, now);
            if (earlier.isPresent()) {
                return new Registration(replay(earlier.get(), actor), true);
            }
        }
        HouseholdData data = validator.validate(draft, Set.of()).withIds();
        StoredHousehold household = located(id, null, actor.organisationId(), data, 0, now, now);
        if (!RegistryAccess.mayChange(actor, household)) {
            throw new AccessDeniedException("This household is outside your areas");
        }
        String reference = store.insert(household, actor.username(), now);
        audit.append(AuditRecord.created(HOUSEHOLD, id.toString()));
        events.publishEvent(new HouseholdRegistered(
                id, reference, data.status(), data.originPcode(), data.members().size()));
        // Answered from what was written, not read back: the statement wrote exactly these values.
        return new Registration(full(household.withReference(reference)), false);
    }

    /**
     * The household a repeated registration created the first time, as it is now. Others may have changed it
     * since, even moved it out of the actor's areas: the replay shows it only if the actor may read it in full,
     * and is audited as the read it is.
     */
    private HouseholdRecord replay(UUID id, Actor actor) {
        StoredHousehold household = loadVisible(id, actor);
        if (RegistryAccess.visibility(actor, household) != Visibility.FULL) {
            throw new AccessDeniedException("The household registered with this key is outside your access now");
        }
        audit.append(AuditRecord.read(HOUSEHOLD, id.toString()));
        return full(household);
    }

    @Override
    public HouseholdView get(UUID id) {
        Actor actor = currentActor.require();
        StoredHousehold household = loadVisible(id, actor);
        if (RegistryAccess.visibility(actor, household) != Visibility.FULL) {
            return views.pseudonymised(household);
        }
        audit.append(AuditRecord.read(HOUSEHOLD, id.toString()));
        return full(household);
    }

    @Override
    public HouseholdRecord update(UUID id, int expectedVersion, HouseholdDraft draft) {
        Actor actor = currentActor.require();
        StoredHousehold before = loadVisible(id, actor);
        if (!RegistryAccess.mayChange(actor, before)) {
            throw new AccessDeniedException("You may not change this household");
        }
        if (before.version() != expectedVersion) {
            throw PreconditionFailedException.stale(HOUSEHOLD, before.version());
        }
        Set<UUID> memberIds = before.members().stream().map(PersonData::id).collect(Collectors.toSet());
        HouseholdData data = validator.validate(draft, memberIds).keepingEstimatesOf(before.members());
        Instant now = clock.instant();
        StoredHousehold after = located(
                id, before.reference(), before.organisationId(), data, expectedVersion, before.createdAt(), now);
        if (!RegistryAccess.mayChange(actor, after)) {
            throw new AccessDeniedException("The changed household would be outside your areas");
        }
        if (!store.update(after, expectedVersion, actor.username(), now)) {
            throw PreconditionFailedException.stale(HOUSEHOLD, "a newer version");
        }
        store.replaceMembers(id, before.members(), data.members(), now);
        List<String> changed = ChangedFields.between(before.data(), data);
        audit.append(AuditRecord.updated(HOUSEHOLD, id.toString(), changed));
        events.publishEvent(new HouseholdChanged(id, expectedVersion + 1, changed));
        return full(store.find(id).orElseThrow());
    }

    @Override
    public void delete(UUID id, Integer expectedVersion, String reason) {
        Actor actor = currentActor.require();
        StoredHousehold household = loadVisible(id, actor);
        if (!RegistryAccess.mayChange(actor, household)) {
            throw new AccessDeniedException("You may not delete this household");
        }
        if (reason == null || reason.isBlank() || reason.length() > 500 || TextRules.hasControlCharacters(reason)) {
            throw new ValidationException(
                    List.of(new FieldError("reason", "required", "a reason of 1 to 500 characters is required")));
        }
        int version = expectedVersion == null ? household.version() : expectedVersion;
        if (!store.softDelete(id, version, reason.strip(), actor.username(), clock.instant())) {
            throw PreconditionFailedException.stale(HOUSEHOLD, household.version());
        }
        audit.append(AuditRecord.deleted(HOUSEHOLD, id.toString()));
        events.publishEvent(new HouseholdDeleted(id));
    }

    @Override
    public HouseholdPage search(HouseholdSearch search, PageRequest page) {
        Actor actor = currentActor.require();
        HouseholdSearches.Found found = searches.find(search, actor, page);
        Map<UUID, StoredHousehold> households = store.findAll(found.ids());
        List<HouseholdView> items = new ArrayList<>();
        List<AuditRecord> reads = new ArrayList<>();
        for (StoredHousehold household : households.values()) {
            switch (RegistryAccess.visibility(actor, household)) {
                case FULL -> {
                    items.add(full(household));
                    reads.add(AuditRecord.read(HOUSEHOLD, household.id().toString()));
                }
                case PSEUDONYMISED -> items.add(views.pseudonymised(household));
                case NONE -> {}
            }
        }
        if (!reads.isEmpty()) {
            audit.appendAll(reads);
        }
        return new HouseholdPage(items, found.total(), found.totalIsLowerBound(), page.page(), page.size());
    }

    @Override
    public Optional<HouseholdFacts> facts(UUID id) {
        Actor actor = currentActor.require();
        return store.find(id)
                .filter(household -> !household.deleted())
                .filter(household -> RegistryAccess.visibility(actor, household) != Visibility.NONE)
                .map(RegistryService::facts);
    }

    @Override
    @Transactional(readOnly = true)
    public boolean mayChange(UUID id) {
        Actor actor = currentActor.require();
        return store.find(id)
                .filter(household -> !household.deleted())
                .map(household -> RegistryAccess.mayChange(actor, household))
                .orElse(false);
    }

    @Override
    public void relocate(UUID id, DisplacementStatus status, String country, String pcode, String site) {
        StoredHousehold before = store.find(id)
                .filter(household -> !household.deleted())
                .orElseThrow(() -> new NotFoundException(HOUSEHOLD, id.toString()));
        HouseholdData old = before.data();
        HouseholdData data = new HouseholdData(
                status,
                old.originPcode(),
                country,
                old.currentLocality(),
                pcode,
                site,
                old.dateDisplaced(),
                old.phone(),
                old.notes(),
                old.childHeaded(),
                old.members());
        Instant now = clock.instant();
        StoredHousehold after = located(
                id, before.reference(), before.organisationId(), data, before.version(), before.createdAt(), now);
        String actor = currentActor.current().map(Actor::username).orElse("system");
        if (!store.update(after, before.version(), actor, now)) {
            throw PreconditionFailedException.stale(HOUSEHOLD, before.version());
        }
        List<String> changed = ChangedFields.between(old, data);
        audit.append(AuditRecord.updated(HOUSEHOLD, id.toString(), changed));
        events.publishEvent(new HouseholdChanged(id, before.version() + 1, changed));
    }

    private static HouseholdFacts facts(StoredHousehold household) {
        HouseholdData data = household.data();
        return new HouseholdFacts(
                household.id(),
                household.reference(),
                household.organisationId(),
                data.status(),
                data.originPcode(),
                household.originAreas(),
                data.currentCountry(),
                data.currentPcode(),
                data.currentSite(),
                household.currentAreas(),
                household.version(),
                data.members().stream()
                        .map(person -> new HouseholdFacts.Member(
                                person.id(),
                                person.relationship(),
                                person.sex(),
                                person.birthYear(),
                                person.specificNeeds()))
                        .toList());
    }

    private StoredHousehold loadVisible(UUID id, Actor actor) {
        return store.find(id)
                .filter(household -> !household.deleted())
                .filter(household -> RegistryAccess.visibility(actor, household) != Visibility.NONE)
                .orElseThrow(() -> new NotFoundException(HOUSEHOLD, id.toString()));
    }

    /** The full record; the caller has checked visibility and audits the read (a create or update covers it). */
    private HouseholdRecord full(StoredHousehold household) {
        return views.full(household, this::organisationCode);
    }

    private String organisationCode(long organisationId) {
        return organisationCodes.of(organisationId);
    }

    private StoredHousehold located(
            UUID id,
            String reference,
            long organisation,
            HouseholdData data,
            int version,
            Instant created,
            Instant updated) {
        return new StoredHousehold(
                id,
                reference,
                organisation,
                data,
                areas.origin(data),
                areas.current(data),
                version,
                created,
                updated,
                false);
    }
}
