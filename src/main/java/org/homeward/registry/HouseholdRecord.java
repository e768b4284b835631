package org.homeward.registry;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A household in full, personal data included: only for actors whose access allows it. */
public record HouseholdRecord(
        UUID id,
        String reference,
        String organisation,
        DisplacementStatus displacementStatus,
        String originPcode,
        String currentCountry,
        String currentLocality,
        String currentPcode,
        String currentSite,
        LocalDate dateDisplaced,
        String phone,
        String notes,
        boolean childHeaded,
        int version,
        Instant createdAt,
        Instant updatedAt,
        List<Member> members)
        implements HouseholdView {

    @Override
    public String access() {
        return "full";
    }

    /** Without the contents: records reach logs (Spring MVC logs bodies at DEBUG) and exception messages. */
    @Override
    public String toString() {
        return "HouseholdRecord[id=%s, reference=%s, version=%d, %d members; personal fields withheld]"
                .formatted(id, reference, version, members.size());
    }

    public record Member(
            UUID id,
            Relationship relationship,
            String sex,
            LocalDate dateOfBirth,
            Integer birthYear,
            String birthPrecision,
            String ageGroup,
            String givenNameAr,
            String fatherNameAr,
            String grandfatherNameAr,
            String familyNameAr,
            String givenNameLatin,
            String fatherNameLatin,
            String grandfatherNameLatin,
            String familyNameLatin,
            String nationality,
            List<SpecificNeed> specificNeeds,
            List<Document> documents) {

        @Override
        public String toString() {
            return "Member[id=" + id + ", relationship=" + relationship + "; personal fields withheld]";
        }
    }

    public record Document(UUID id, DocumentType type, String number, String issuingCountry) {

        @Override
        public String toString() {
            return "Document[id=" + id + ", type=" + type + "; number withheld]";
        }
    }
}
