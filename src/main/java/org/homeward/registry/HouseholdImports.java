package org.homeward.registry;

import java.util.List;
import java.util.UUID;
import org.homeward.shared.FieldError;

/**
 * Registration of many households at once, for the import pipeline (module {@code exchange}). Each draft is checked
 * exactly as {@link Registry#register} checks one — same validation, same access rules for the signed-in actor — and
 * the valid ones are written on the registry's bulk path (COPY), audited and announced like single registrations.
 *
 * <p>Writing joins the caller's transaction, so an importer can commit the households together with its own record
 * of what it imported; a batch is all written or not at all.
 */
public interface HouseholdImports {

    /**
     * One outcome per draft, in order: the new household's id, or every problem found. With {@code dryRun} nothing is
     * written and the ids are null.
     *
     * @throws org.springframework.security.access.AccessDeniedException when the actor's role does not register
     */
    default List<Outcome> register(List<HouseholdDraft> drafts, boolean dryRun) {
        return write(prepare(drafts, dryRun));
    }

    /**
     * Does everything that needs no transaction — validation, access, the rows to write — so that a caller can
     * prepare its next batch while the previous one is written. Needs the signed-in actor.
     */
    Prepared prepare(List<HouseholdDraft> drafts, boolean dryRun);

    /** Writes a prepared batch in the caller's transaction (once); answers one outcome per draft. */
    List<Outcome> write(Prepared prepared);

    /** A batch ready to write; what it holds is the registry's. */
    interface Prepared {

        int size();

        /**
         * The problems of each draft, in order, as {@link #write} will answer them (empty for a draft that will be
         * written): known once prepared, so that a caller need not keep its drafts until the batch is written.
         */
        List<List<FieldError>> problems();
    }

    /** @param id the new household, null when the draft was refused or in a dry run */
    record Outcome(UUID id, List<FieldError> errors) {

        public Outcome {
            errors = List.copyOf(errors);
        }

        public boolean accepted() {
            return errors.isEmpty();
        }
    }
}
