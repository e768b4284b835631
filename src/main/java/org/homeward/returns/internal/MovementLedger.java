package org.homeward.returns.internal;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.homeward.geography.Area;
import org.homeward.geography.Gazetteer;
import org.homeward.registry.AgeGroup;
import org.homeward.registry.Registry;
import org.homeward.registry.SpecificNeed;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Writes person-movements: one row per person, case and kind (DEPARTED, CROSSED, ARRIVED), guarded by a unique
 * constraint. An ARRIVED row is one return as the counting rules define it, on its movement date; the places,
 * crossing point, displacement type, sex, age group and specific needs it is broken down by are copied into the
 * row, as they were at the time of the movement.
 */
@Repository
class MovementLedger {

    enum Kind {
        DEPARTED,
        CROSSED,
        ARRIVED
    }

    private final JdbcClient jdbc;
    private final Gazetteer gazetteer;
    private final Registry registry;

    MovementLedger(JdbcClient jdbc, Gazetteer gazetteer, Registry registry) {
        this.jdbc = jdbc;
        this.gazetteer = gazetteer;
        this.registry = registry;
    }

    /**
     * Records that {@code members} of the case made this movement on {@code date}, bound for {@code destination}
     * (the arrival community for ARRIVED, the intended destination before).
     */
    void record(Kind kind, CaseState state, List<CaseMember> members, LocalDate date, String destination, Step step) {
        Destination to = gazetteer.find(destination).map(Destination::of).orElse(state.destination);
        String fromCountry = state.departure == null ? state.origin.country() : state.departure.country();
        String fromSite = state.departure == null ? state.origin.site() : state.departure.site();
        String fromPcode = state.departure == null ? state.origin.pcode() : state.departure.pcode();
        String fromAdm1 = fromPcode == null
                ? siteGovernorate(fromSite)
                : gazetteer.find(fromPcode).map(Area::adm1Pcode).orElse(null);
        String crossing = state.crossing == null ? null : state.crossing.crossingPointCode();
        if (members.isEmpty()) {
            return;
        }
        Map<UUID, List<SpecificNeed>> needs = needs(state.householdId);
        // One statement for the whole group: the roll-up triggers (V61) then move all its counts in one sorted
        // upsert, which keeps concurrent arrivals from locking cells in different orders.
        StringBuilder values = new StringBuilder();
        Map<String, Object> params = new HashMap<>();
        for (int i = 0; i < members.size(); i++) {
            CaseMember member = members.get(i);
            Integer age = member.birthYear() == null ? null : date.getYear() - member.birthYear();
            values.append(i == 0 ? "" : ",\n")
                    .append("(:case, :person%1$d, :household, :kind, :date, :type, :fromCountry, :fromSite, :fromPcode,"
                            .formatted(i))
                    .append(" :fromAdm1, :crossing, :destination, :adm1, :adm2, :adm3, :sex%1$d, :birthYear%1$d,"
                            .formatted(i))
                    .append(" :ageGroup%1$d, :at, return_need_bits(:needs%1$d::text[]))".formatted(i));
            params.put("person" + i, member.personId());
            params.put("sex" + i, member.sex());
            params.put("birthYear" + i, member.birthYear());
            params.put("ageGroup" + i, AgeGroup.of(age).label());
            params.put("needs" + i, codes(needs.getOrDefault(member.personId(), List.of())));
        }
        jdbc.sql("""
                        INSERT INTO return_movement (case_id, person_id, household_id, kind, movement_date,
                            displacement_type, from_country, from_site, from_pcode, from_adm1, crossing_point,
                            destination_pcode, destination_adm1, destination_adm2, destination_adm3, sex,
                            birth_year, age_group, recorded_at, needs)
                        VALUES
                        """ + values)
                .params(params)
                .param("case", state.id)
                .param("household", state.householdId)
                .param("kind", kind.name())
                .param("date", Date.valueOf(date))
                .param("type", state.type.name())
                .param("fromCountry", fromCountry)
                .param("fromSite", fromSite)
                .param("fromPcode", fromPcode)
                .param("fromAdm1", fromAdm1)
                .param("crossing", kind == Kind.DEPARTED ? null : crossing)
                .param("destination", to.pcode())
                .param("adm1", to.adm1())
                .param("adm2", to.adm2())
                .param("adm3", to.adm3())
                .param("at", Timestamp.from(step.at()))
                .update();
    }

    /**
     * Rewrites the arrival rows of {@code members} to the date and community their case now records (an arrival
     * correction); the age group follows the arrival year. One statement per person: members may keep different
     * dates, and corrections are rare enough that their lock order does not matter.
     */
    void correctArrivals(UUID caseId, List<CaseMember> members) {
        for (CaseMember member : members) {
            Destination to =
                    gazetteer.find(member.arrivedPcode()).map(Destination::of).orElseThrow();
            Integer age = member.birthYear() == null ? null : member.arrivedOn().getYear() - member.birthYear();
            jdbc.sql("""
                            UPDATE return_movement
                               SET movement_date = :date, destination_pcode = :destination, destination_adm1 = :adm1,
                                   destination_adm2 = :adm2, destination_adm3 = :adm3, age_group = :ageGroup
                             WHERE case_id = :case AND person_id = :person AND kind = 'ARRIVED'
                            """)
                    .param("date", Date.valueOf(member.arrivedOn()))
                    .param("destination", to.pcode())
                    .param("adm1", to.adm1())
                    .param("adm2", to.adm2())
                    .param("adm3", to.adm3())
                    .param("ageGroup", AgeGroup.of(age).label())
                    .param("case", caseId)
                    .param("person", member.personId())
                    .update();
        }
    }

    /** Removes the arrival rows of people recorded as arrived by mistake: they are no longer returns. */
    void removeArrivals(UUID caseId, List<UUID> personIds) {
        if (personIds.isEmpty()) {
            return;
        }
        jdbc.sql("DELETE FROM return_movement WHERE case_id = :case AND person_id IN (:persons) AND kind = 'ARRIVED'")
                .param("case", caseId)
                .param("persons", personIds)
                .update();
    }

    /** Each member's specific needs as the registry holds them at the time of the movement. */
    private Map<UUID, List<SpecificNeed>> needs(UUID householdId) {
        Map<UUID, List<SpecificNeed>> needs = new HashMap<>();
        registry.facts(householdId)
                .ifPresent(facts -> facts.members().forEach(member -> needs.put(member.id(), member.needs())));
        return needs;
    }

    /** A PostgreSQL array literal of need codes (plain upper-case letters, nothing to escape). */
    private static String codes(List<SpecificNeed> needs) {
        return needs.stream().map(Enum::name).collect(Collectors.joining(",", "{", "}"));
    }

    private String siteGovernorate(String site) {
        return site == null
                ? null
                : gazetteer.site(site).map(found -> found.admin1Pcode()).orElse(null);
    }
}
