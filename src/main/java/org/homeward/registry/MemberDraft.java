package org.homeward.registry;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * One member as received. Date of birth is exact ({@code dateOfBirth}), a year ({@code birthYear}) or an age
 * at registration ({@code ageAtRegistration}); {@code id} names an existing member in an update.
 */
public record MemberDraft(
        UUID id,
        String relationship,
        String sex,
        LocalDate dateOfBirth,
        Integer birthYear,
        Integer ageAtRegistration,
        String givenNameAr,
        String fatherNameAr,
        String grandfatherNameAr,
        String familyNameAr,
        String givenNameLatin,
        String fatherNameLatin,
        String grandfatherNameLatin,
        String familyNameLatin,
        String nationality,
        List<String> specificNeeds,
        List<DocumentDraft> documents) {

    public MemberDraft {
        specificNeeds = specificNeeds == null ? List.of() : specificNeeds;
        documents = documents == null ? List.of() : documents;
    }

    /** Without the contents: records reach logs (Spring MVC logs bodies at DEBUG) and exception messages. */
    @Override
    public String toString() {
        return "MemberDraft[id=" + id + "; contents withheld]";
    }

    /** An identity document: type (e.g. NATIONAL_ID, PASSPORT, FAMILY_BOOKLET), number, issuing country. */
    public record DocumentDraft(String type, String number, String issuingCountry) {

        @Override
        public String toString() {
            return "DocumentDraft[contents withheld]";
        }
    }
}
