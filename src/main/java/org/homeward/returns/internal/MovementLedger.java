package org.homeward.returns.internal;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.List;
import org.homeward.geography.Area;
import org.homeward.geography.Gazetteer;
import org.homeward.registry.AgeGroup;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Writes person-movements: one row per person, case and kind (DEPARTED, CROSSED, ARRIVED), guarded by a unique
 * constraint. An ARRIVED row is one return as the counting rules define it, on its movement date; the places,
 * crossing point, displacement type, sex and age group it is broken down by are copied into the row.
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

    MovementLedger(JdbcClient jdbc, Gazetteer gazetteer) {
        this.jdbc = jdbc;
        this.gazetteer = gazetteer;
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
        for (CaseMember member : members) {
            Integer age = member.birthYear() == null ? null : date.getYear() - member.birthYear();
            jdbc.sql("""
                            INSERT INTO return_movement (case_id, person_id, household_id, kind, movement_date,
                                displacement_type, from_country, from_site, from_pcode, from_adm1, crossing_point,
                                destination_pcode, destination_adm1, destination_adm2, destination_adm3, sex,
                                birth_year, age_group, recorded_at)
                            VALUES (:case, :person, :household, :kind, :date, :type, :fromCountry, :fromSite,
                                :fromPcode, :fromAdm1, :crossing, :destination, :adm1, :adm2, :adm3, :sex, :birthYear,
                                :ageGroup, :at)
                            """)
                    .param("case", state.id)
                    .param("person", member.personId())
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
                    .param("sex", member.sex())
                    .param("birthYear", member.birthYear())
                    .param("ageGroup", AgeGroup.of(age).label())
                    .param("at", Timestamp.from(step.at()))
                    .update();
        }
    }

    private String siteGovernorate(String site) {
        return site == null
                ? null
                : gazetteer.site(site).map(found -> found.admin1Pcode()).orElse(null);
    }
}
