package org.homeward.returns.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.homeward.registry.AgeGroup;
import org.homeward.registry.HouseholdRecord;
import org.homeward.registry.HouseholdView;
import org.homeward.registry.Registry;
import org.homeward.returns.ConvoyManifest;
import org.homeward.shared.NotFoundException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Who travels in a convoy. Names come from the registry, one household at a time, and only where the registry shows
 * the caseworker the full record (each such read is audited there); other travellers appear without a name.
 */
@Component
class ConvoyManifests {

    record Traveller(String caseReference, UUID householdId, UUID personId, String sex, Integer birthYear) {}

    private final JdbcClient jdbc;
    private final Registry registry;

    ConvoyManifests(JdbcClient jdbc, Registry registry) {
        this.jdbc = jdbc;
        this.registry = registry;
    }

    List<Traveller> travellers(UUID convoyId) {
        return jdbc.sql("""
                        SELECT c.reference, c.household_id, m.person_id, m.sex, m.birth_year
                        FROM return_case c JOIN return_case_member m ON m.case_id = c.id
                        WHERE c.convoy_id = :convoy AND c.status NOT IN ('WITHDRAWN', 'CANCELLED')
                          AND m.state <> 'WITHDRAWN'
                        ORDER BY c.reference, m.position
                        """)
                .param("convoy", convoyId)
                .query((rs, row) -> new Traveller(
                        rs.getString("reference"),
                        rs.getObject("household_id", UUID.class),
                        rs.getObject("person_id", UUID.class),
                        rs.getString("sex"),
                        (Integer) rs.getObject("birth_year")))
                .list();
    }

    List<ConvoyManifest.Traveller> named(List<Traveller> travellers, int year) {
        Map<UUID, Map<UUID, String>> names = new HashMap<>();
        List<ConvoyManifest.Traveller> people = new ArrayList<>();
        for (Traveller traveller : travellers) {
            Map<UUID, String> household = names.computeIfAbsent(traveller.householdId(), this::namesOf);
            Integer age = traveller.birthYear() == null ? null : year - traveller.birthYear();
            people.add(new ConvoyManifest.Traveller(
                    traveller.caseReference(),
                    traveller.personId(),
                    household.get(traveller.personId()),
                    traveller.sex(),
                    AgeGroup.of(age).label()));
        }
        return people;
    }

    private Map<UUID, String> namesOf(UUID householdId) {
        Map<UUID, String> names = new HashMap<>();
        HouseholdView view;
        try {
            view = registry.get(householdId);
        } catch (NotFoundException hidden) {
            return names;
        }
        if (view instanceof HouseholdRecord full) {
            for (HouseholdRecord.Member member : full.members()) {
                names.put(member.id(), name(member));
            }
        }
        return names;
    }

    /** Given and family name in Latin script, else in Arabic. */
    static String name(HouseholdRecord.Member member) {
        String latin = join(member.givenNameLatin(), member.familyNameLatin());
        return latin.isEmpty() ? join(member.givenNameAr(), member.familyNameAr()) : latin;
    }

    private static String join(String given, String family) {
        return ((given == null ? "" : given) + " " + (family == null ? "" : family)).strip();
    }
}
