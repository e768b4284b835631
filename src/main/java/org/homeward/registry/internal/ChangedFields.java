package org.homeward.registry.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Names the fields an update changed — names only, for the audit log; values never leave the registry. */
final class ChangedFields {

    private static final Map<String, Function<HouseholdData, Object>> HOUSEHOLD_FIELDS = Map.ofEntries(
            Map.entry("displacementStatus", HouseholdData::status),
            Map.entry("originPcode", HouseholdData::originPcode),
            Map.entry("currentCountry", HouseholdData::currentCountry),
            Map.entry("currentLocality", HouseholdData::currentLocality),
            Map.entry("currentPcode", HouseholdData::currentPcode),
            Map.entry("currentSite", HouseholdData::currentSite),
            Map.entry("dateDisplaced", HouseholdData::dateDisplaced),
            Map.entry("phone", HouseholdData::phone),
            Map.entry("notes", HouseholdData::notes),
            Map.entry("childHeaded", HouseholdData::childHeaded));

    private static final Map<String, Function<PersonData, Object>> MEMBER_FIELDS = Map.ofEntries(
            Map.entry("relationship", PersonData::relationship),
            Map.entry("sex", PersonData::sex),
            Map.entry("dateOfBirth", PersonData::dateOfBirth),
            Map.entry("birthYear", PersonData::birthYear),
            Map.entry("names", PersonData::names),
            Map.entry("nationality", PersonData::nationality),
            Map.entry("specificNeeds", PersonData::specificNeeds),
            Map.entry(
                    "documents",
                    person -> person.documents().stream()
                            .map(document -> List.of(
                                    document.type(), document.number(), Objects.toString(document.issuingCountry())))
                            .toList()));

    private ChangedFields() {}

    static List<String> between(HouseholdData before, HouseholdData after) {
        TreeSet<String> changed = new TreeSet<>();
        HOUSEHOLD_FIELDS.forEach((name, field) -> {
            if (!Objects.equals(field.apply(before), field.apply(after))) {
                changed.add(name);
            }
        });
        Map<UUID, PersonData> old =
                before.members().stream().collect(Collectors.toMap(PersonData::id, person -> person));
        for (PersonData person : after.members()) {
            PersonData previous = person.id() == null ? null : old.remove(person.id());
            if (previous == null) {
                changed.add("members.added");
                continue;
            }
            MEMBER_FIELDS.forEach((name, field) -> {
                if (!Objects.equals(field.apply(previous), field.apply(person))) {
                    changed.add("members." + name);
                }
            });
        }
        if (!old.isEmpty()) {
            changed.add("members.removed");
        }
        return new ArrayList<>(changed);
    }
}
