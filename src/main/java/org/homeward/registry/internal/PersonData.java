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

    /** This member with an id for itself and each of its documents where it has none yet. */
    PersonData withIds() {
        List<Document> identified = documents.stream()
                .map(document -> document.id() != null
                        ? document
                        : new Document(Ids.next(), document.type(), document.number(), document.issuingCountry()))
                .toList();
        return new PersonData(
                id != null ? id : Ids.next(),
                relationship,
                sex,
                dateOfBirth,
                birthYear,
                birthPrecision,
                names,
                nationality,
                specificNeeds,
                identified);
    }

    /**
     * This member, still {@link BirthPrecision#ESTIMATED} if it was so before and its birth year is unchanged: a
     * client that writes back the year it read (there is no way to send "estimated") does not turn an estimate
     * into a stated year.
     */
    PersonData keepingEstimateOf(PersonData before) {
        if (before.birthPrecision != BirthPrecision.ESTIMATED
                || birthPrecision != BirthPrecision.YEAR
                || !java.util.Objects.equals(birthYear, before.birthYear)) {
            return this;
        }
        return new PersonData(
                id,
                relationship,
                sex,
                dateOfBirth,
                birthYear,
                BirthPrecision.ESTIMATED,
                names,
                nationality,
                specificNeeds,
                documents);
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
