package org.homeward.registry.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.function.LongFunction;
import org.homeward.registry.AgeGroup;
import org.homeward.registry.HouseholdRecord;
import org.homeward.registry.PseudonymisedHousehold;
import org.springframework.stereotype.Component;

/** Turns stored households into what an actor may see. */
@Component
class HouseholdViews {

    private final Clock clock;

    HouseholdViews(Clock clock) {
        this.clock = clock;
    }

    HouseholdRecord full(StoredHousehold household, LongFunction<String> organisationCode) {
        LocalDate today = LocalDate.now(clock);
        HouseholdData data = household.data();
        return new HouseholdRecord(
                household.id(),
                household.reference(),
                organisationCode.apply(household.organisationId()),
                data.status(),
                data.originPcode(),
                data.currentCountry(),
                data.currentLocality(),
                data.currentPcode(),
                data.currentSite(),
                data.dateDisplaced(),
                data.phone(),
                data.notes(),
                data.childHeaded(),
                household.version(),
                household.createdAt(),
                household.updatedAt(),
                data.members().stream()
                        .map(person -> new HouseholdRecord.Member(
                                person.id(),
                                person.relationship(),
                                person.sex().code(),
                                person.dateOfBirth(),
                                person.birthYear(),
                                person.birthPrecision().name(),
                                AgeGroup.of(person.ageOn(today)).label(),
                                person.names().givenAr(),
                                person.names().fatherAr(),
                                person.names().grandfatherAr(),
                                person.names().familyAr(),
                                person.names().givenLatin(),
                                person.names().fatherLatin(),
                                person.names().grandfatherLatin(),
                                person.names().familyLatin(),
                                person.nationality(),
                                person.specificNeeds(),
                                person.documents().stream()
                                        .map(document -> new HouseholdRecord.Document(
                                                document.id(),
                                                document.type(),
                                                document.number(),
                                                document.issuingCountry()))
                                        .toList()))
                        .toList());
    }

    PseudonymisedHousehold pseudonymised(StoredHousehold household) {
        LocalDate today = LocalDate.now(clock);
        HouseholdData data = household.data();
        return new PseudonymisedHousehold(
                household.id(),
                household.reference(),
                data.status(),
                data.originPcode(),
                data.currentCountry(),
                data.currentPcode(),
                data.currentSite(),
                data.members().stream()
                        .map(person -> new PseudonymisedHousehold.Member(
                                person.sex().code(),
                                AgeGroup.of(person.ageOn(today)).label()))
                        .toList());
    }
}
