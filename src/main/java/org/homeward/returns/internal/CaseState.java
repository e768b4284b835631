package org.homeward.returns.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.UnaryOperator;
import org.homeward.returns.DisplacementType;
import org.homeward.returns.ReturnCaseView.CounsellingSession;
import org.homeward.returns.ReturnCaseView.CrossingRecord;
import org.homeward.returns.ReturnCaseView.DeclarationRecord;
import org.homeward.returns.ReturnCaseView.DepartureRecord;
import org.homeward.returns.ReturnCaseView.Hold;
import org.homeward.returns.ReturnCaseView.Place;
import org.homeward.returns.ReturnCaseView.Plan;
import org.homeward.returns.ReturnStatus;

/**
 * The stored state of a case. Only {@link ReturnCase} (and {@link CaseMovements} for it) changes it; the store reads
 * and writes it as a whole.
 */
final class CaseState {

    final UUID id;
    final String reference;
    final UUID householdId;
    final long organisationId;
    final DisplacementType type;
    final Place origin;
    final int version;
    List<String> householdAreas;
    ReturnStatus status;
    LocalDate statusDate;
    Hold hold;
    Destination destination;
    CounsellingSession counselling;
    DeclarationRecord declaration;
    Plan plan;
    DepartureRecord departure;
    CrossingRecord crossing;
    LocalDate firstArrivedOn;
    String closingReason;
    List<CaseMember> members;

    CaseState(
            UUID id,
            String reference,
            UUID householdId,
            long organisationId,
            DisplacementType type,
            Place origin,
            int version,
            List<CaseMember> members) {
        this.id = id;
        this.reference = reference;
        this.householdId = householdId;
        this.organisationId = organisationId;
        this.type = type;
        this.origin = origin;
        this.version = version;
        this.members = new ArrayList<>(members);
    }

    Optional<CaseMember> member(UUID personId) {
        return members.stream()
                .filter(member -> member.personId().equals(personId))
                .findFirst();
    }

    void updateMembers(UnaryOperator<CaseMember> change) {
        members.replaceAll(change);
    }

    /** Whether this person still counts as on the way home in an open case (one such case per person). */
    boolean activeFor(CaseMember member) {
        return member.pending() && !status.isClosed();
    }
}
