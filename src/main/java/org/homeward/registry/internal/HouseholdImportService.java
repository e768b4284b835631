package org.homeward.registry.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.homeward.identity.Actor;
import org.homeward.identity.CurrentActor;
import org.homeward.registry.HouseholdDraft;
import org.homeward.registry.HouseholdImports;
import org.homeward.shared.FieldError;
import org.homeward.shared.ValidationException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Many registrations at once: {@link HouseholdValidator} and {@link RegistryAccess} decide per household as they
 * do for {@link RegistryService#register}, and {@link HouseholdBulkWriter} writes the accepted ones with COPY.
 */
@Service
@Transactional
class HouseholdImportService implements HouseholdImports {

    private final HouseholdValidator validator;
    private final HouseholdAreas areas;
    private final HouseholdBulkWriter writer;
    private final CurrentActor currentActor;
    private final Clock clock;

    HouseholdImportService(
            HouseholdValidator validator,
            HouseholdAreas areas,
            HouseholdBulkWriter writer,
            CurrentActor currentActor,
            Clock clock) {
        this.validator = validator;
        this.areas = areas;
        this.writer = writer;
        this.currentActor = currentActor;
        this.clock = clock;
    }

    @Override
    public Prepared prepare(List<HouseholdDraft> drafts, boolean dryRun) {
        Actor actor = currentActor.require();
        if (!RegistryAccess.mayRegister(actor.role())) {
            throw new AccessDeniedException("Your role does not register households");
        }
        Instant now = clock.instant();
        List<List<FieldError>> problems = new ArrayList<>(drafts.size());
        List<HouseholdData> accepted = new ArrayList<>();
        for (HouseholdDraft draft : drafts) {
            List<FieldError> errors = List.of();
            try {
                HouseholdData data = validator.validate(draft, Set.of());
                StoredHousehold located = new StoredHousehold(
                        null,
                        null,
                        actor.organisationId(),
                        data,
                        areas.origin(data),
                        areas.current(data),
                        0,
                        now,
                        now,
                        false);
                if (RegistryAccess.mayChange(actor, located)) {
                    accepted.add(data);
                } else {
                    errors = List.of(
                            new FieldError("originPcode", "outside-scope", "the household is outside your areas"));
                }
            } catch (ValidationException e) {
                errors = e.errors();
            }
            problems.add(errors);
        }
        HouseholdBulkWriter.Prepared rows = dryRun || accepted.isEmpty()
                ? null
                : writer.prepareValidated(accepted, actor.organisationId(), actor.username());
        return new Batch(problems, rows);
    }

    @Override
    public List<Outcome> write(Prepared prepared) {
        Batch batch = (Batch) prepared;
        List<UUID> ids = batch.rows == null ? List.of() : writer.write(batch.rows);
        Iterator<UUID> newIds = ids.iterator();
        List<Outcome> outcomes = new ArrayList<>(batch.problems.size());
        for (List<FieldError> errors : batch.problems) {
            UUID id = errors.isEmpty() && newIds.hasNext() ? newIds.next() : null;
            outcomes.add(new Outcome(id, errors));
        }
        return outcomes;
    }

    /** The problems of each draft, and the rows of the accepted ones (null in a dry run). */
    private record Batch(List<List<FieldError>> problems, HouseholdBulkWriter.Prepared rows) implements Prepared {

        @Override
        public int size() {
            return problems.size();
        }
    }
}
