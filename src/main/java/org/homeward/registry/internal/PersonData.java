package org.homeward.registry.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.homeward.registry.DocumentType;
import org.homeward.registry.Relationship;
import org.homeward.registry.Sex;
import org.homeward.registry.SpecificNeed;

/** A member as validated and stored. */
record PersonData(
        UUID id,
        Relationship relationship,
        Sex sex,
        LocalDate dateOfBirth,
        Integer birthYear,
        BirthPrecision birthPrecision,
        Names names,
        String nationality,
        List<SpecificNeed> specificNeeds,
        List<Document> documents) {

    enum BirthPrecision {
        EXACT,
        YEAR,
        ESTIMATED,
        UNKNOWN
    }

    /** The Arabic naming pattern, in both scripts; every part optional, at least one present. */
    record Names(
            String givenAr,
            String fatherAr,
            String grandfatherAr,
            String familyAr,
            String givenLatin,
            String fatherLatin,
            String grandfatherLatin,
            String familyLatin) {

        @Override
        public String toString() {
            return "Names[withheld]";
        }

        List<String> all() {
            return java.util.stream.Stream.of(
                            givenAr,
                            fatherAr,
                            grandfatherAr,
                            familyAr,
                            givenLatin,
                            fatherLatin,
                            grandfatherLatin,
                            familyLatin)
                    .filter(java.util.Objects::nonNull)
                    .toList();
        }
    }

    record Document(UUID id, DocumentType type, String number, String issuingCountry) {

        @Override
        public String toString() {
            return "Document[id=" + id + ", type=" + type + "; number withheld]";
        }
    }

    /** Without names, dates or documents: records reach logs and exception messages. */
    @Override
    public String toString() {
        return "PersonData[id=" + id + ", " + relationship + "; personal fields withheld]";
    }

    /** Age in whole years on {@code day}, from the most precise birth information there is. */
    Integer ageOn(LocalDate day) {
        if (dateOfBirth != null) {
            return java.time.Period.between(dateOfBirth, day).getYears();
        }
        return birthYear == null ? null : day.getYear() - birthYear;
    }
}
