package org.homeward.registry.internal;

import java.time.LocalDate;
import java.util.List;
import org.homeward.registry.DisplacementStatus;

/** A household as validated: resolved codes, normalised text, members in order. */
record HouseholdData(
        DisplacementStatus status,
        String originPcode,
        String currentCountry,
        String currentLocality,
        String currentPcode,
        String currentSite,
        LocalDate dateDisplaced,
        String phone,
        String notes,
        boolean childHeaded,
        List<PersonData> members) {

    /** The same household with other members. */
    HouseholdData withMembers(List<PersonData> newMembers) {
        return new HouseholdData(
                status,
                originPcode,
                currentCountry,
                currentLocality,
                currentPcode,
                currentSite,
                dateDisplaced,
                phone,
                notes,
                childHeaded,
                newMembers);
    }

    /** Members and their documents with ids where they have none yet. */
    HouseholdData withIds() {
        return withMembers(members.stream().map(PersonData::withIds).toList());
    }

    /** Members whose birth year was an estimate stay estimated if the year did not change (a read-back sent). */
    HouseholdData keepingEstimatesOf(List<PersonData> before) {
        java.util.Map<java.util.UUID, PersonData> earlier = new java.util.HashMap<>();
        before.forEach(person -> earlier.put(person.id(), person));
        return withMembers(members.stream()
                .map(person -> person.id() != null && earlier.containsKey(person.id())
                        ? person.keepingEstimateOf(earlier.get(person.id()))
                        : person)
                .toList());
    }

    /** Without locality, dates, phone, notes or members' data: records reach logs and exception messages. */
    @Override
    public String toString() {
        return "HouseholdData[%s, origin %s, in %s, %d members; personal fields withheld]"
                .formatted(status, originPcode, currentCountry, members.size());
    }
}
