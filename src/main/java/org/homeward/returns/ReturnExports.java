package org.homeward.returns;

import java.time.LocalDate;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * Return cases and person-movements for bulk exports, streamed from a database cursor (constant memory at tens of
 * millions of rows). Who sees which follows the case list: every actor who sees households sees their cases and
 * movements; a partner only those of households its organisation registered (and the registry shows it).
 */
public interface ReturnExports {

    /** The cases {@code search} selects, as the case list shows them, newest status first; how many. */
    long cases(ReturnSearch search, Consumer<ReturnCaseSummary> sink);

    /** @return how many movements were handed to {@code sink}, in date order */
    long movements(MovementFilter filter, Consumer<Movement> sink);

    /**
     * Which movements, each optional: their kind, the displacement type, a destination P-code at any level, and
     * the movement date from and to (both included).
     */
    record MovementFilter(String kind, DisplacementType type, String destination, LocalDate from, LocalDate to) {}

    /**
     * One person's movement. {@code personId} identifies the person in the registry: exports that are not personal
     * replace it with a pseudonym.
     */
    record Movement(
            String caseReference,
            UUID personId,
            String kind,
            LocalDate date,
            DisplacementType displacementType,
            String fromCountry,
            String fromSite,
            String fromPcode,
            String fromAdm1,
            String crossingPoint,
            String destinationPcode,
            String destinationAdm1,
            String destinationAdm2,
            String destinationAdm3,
            String sex,
            String ageGroup) {}
}
