package org.homeward.returns.internal;

import java.sql.Array;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.homeward.registry.Relationship;
import org.homeward.returns.CounsellingTopic;
import org.homeward.returns.DisplacementType;
import org.homeward.returns.MemberState;
import org.homeward.returns.ReturnCaseView.CounsellingSession;
import org.homeward.returns.ReturnCaseView.CrossingRecord;
import org.homeward.returns.ReturnCaseView.DeclarationRecord;
import org.homeward.returns.ReturnCaseView.DepartureRecord;
import org.homeward.returns.ReturnCaseView.Hold;
import org.homeward.returns.ReturnCaseView.Place;
import org.homeward.returns.ReturnCaseView.Plan;
import org.homeward.returns.ReturnCaseView.TimelineEntry;
import org.homeward.returns.ReturnStatus;
import org.homeward.returns.Transport;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** Return cases, their members and timelines in PostgreSQL. Writes are conditional on the version read. */
@Repository
class ReturnCaseStore {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final JdbcClient jdbc;

    ReturnCaseStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    String nextReference() {
        long number = jdbc.sql("SELECT nextval('return_case_reference_seq')")
                .query(Long.class)
                .single();
        return "RC-%06d".formatted(number);
    }

    void insert(ReturnCase returnCase, Step step) {
        CaseState state = returnCase.state;
        jdbc.sql("""
                        INSERT INTO return_case (id, reference, household_id, organisation_id, household_areas,
                            displacement_type, status, status_date, origin_country, origin_pcode, origin_site,
                            destination_pcode, destination_adm1, destination_adm2, destination_adm3,
                            version, created_at, created_by, updated_at, updated_by)
                        VALUES (:id, :reference, :household, :organisation, CAST(:areas AS text[]), :type, :status,
                            :statusDate, :country, :pcode, :site, :destination, :adm1, :adm2, :adm3, 0, :at, :actor,
                            :at, :actor)
                        """)
                .param("id", state.id)
                .param("reference", state.reference)
                .param("household", state.householdId)
                .param("organisation", state.organisationId)
                .param("areas", arrayLiteral(state.householdAreas))
                .param("type", state.type.name())
                .param("status", state.status.name())
                .param("statusDate", Date.valueOf(state.statusDate))
                .param("country", state.origin.country())
                .param("pcode", state.origin.pcode())
                .param("site", state.origin.site())
                .param("destination", state.destination.pcode())
                .param("adm1", state.destination.adm1())
                .param("adm2", state.destination.adm2())
                .param("adm3", state.destination.adm3())
                .param("at", Timestamp.from(step.at()))
                .param("actor", step.actor())
                .update();
        for (CaseMember member : state.members) {
            jdbc.sql("""
                            INSERT INTO return_case_member (case_id, person_id, position, relationship, sex, birth_year,
                                state, signed, active)
                            VALUES (:case, :person, :position, :relationship, :sex, :birthYear, :state, FALSE, TRUE)
                            """)
                    .param("case", state.id)
                    .param("person", member.personId())
                    .param("position", member.position())
                    .param(
                            "relationship",
                            member.relationship() == null
                                    ? null
                                    : member.relationship().name())
                    .param("sex", member.sex())
                    .param("birthYear", member.birthYear())
                    .param("state", member.state().name())
                    .update();
        }
        appendTimeline(state.id, returnCase.recorded());
    }

    Optional<ReturnCase> find(UUID id) {
        return load(id, "");
    }

    /** Loads the case and locks its row until the transaction ends (area holds change many cases at once). */
    Optional<ReturnCase> findForUpdate(UUID id) {
        return load(id, " FOR UPDATE");
    }

    private Optional<ReturnCase> load(UUID id, String lock) {
        Optional<ReturnCase> found = jdbc.sql("SELECT * FROM return_case WHERE id = :id" + lock)
                .param("id", id)
                .query((rs, row) -> new ReturnCase(state(rs, List.of())))
                .optional();
        found.ifPresent(returnCase -> returnCase.state.members.addAll(members(id)));
        return found;
    }

    /**
     * Saves the case if nobody changed it since it was read; false when someone did. Runs first in the transaction
     * of a transition, so that a loser of a race writes nothing else.
     */
    boolean update(ReturnCase returnCase, Step step) {
        CaseState s = returnCase.state;
        Hold hold = s.hold;
        int rows = jdbc.sql("""
                        UPDATE return_case SET status = :status, status_date = :statusDate, held_from = :heldFrom,
                            hold_id = :holdId, hold_reason = :holdReason, household_areas = CAST(:areas AS text[]),
                            destination_pcode = :destination, destination_adm1 = :adm1, destination_adm2 = :adm2,
                            destination_adm3 = :adm3, counselled_on = :counselledOn,
                            counselling_topics = CAST(:topics AS text[]), declared_on = :declaredOn,
                            declaration_place = :declarationPlace, declaration_witness = :witness,
                            planned_date = :plannedDate, transport = :transport, crossing_point = :crossingPoint,
                            convoy_id = :convoy, departed_on = :departedOn, departed_country = :departedCountry,
                            departed_site = :departedSite, departed_pcode = :departedPcode, crossed_on = :crossedOn,
                            crossed_at = :crossedAt, first_arrived_on = :firstArrived, closing_reason = :closingReason,
                            version = version + 1, updated_at = :at, updated_by = :actor
                        WHERE id = :id AND version = :version
                        """)
                .param("id", s.id)
                .param("version", s.version)
                .param("status", s.status.name())
                .param("statusDate", Date.valueOf(s.statusDate))
                .param("heldFrom", hold == null ? null : hold.heldFrom().name())
                .param("holdId", hold == null ? null : hold.areaHoldId())
                .param("holdReason", hold == null ? null : hold.reason())
                .param("areas", arrayLiteral(s.householdAreas))
                .param("destination", s.destination.pcode())
                .param("adm1", s.destination.adm1())
                .param("adm2", s.destination.adm2())
                .param("adm3", s.destination.adm3())
                .param("counselledOn", s.counselling == null ? null : Date.valueOf(s.counselling.date()))
                .param("topics", s.counselling == null ? null : topics(s.counselling))
                .param("declaredOn", s.declaration == null ? null : Date.valueOf(s.declaration.date()))
                .param("declarationPlace", s.declaration == null ? null : s.declaration.place())
                .param("witness", s.declaration == null ? null : s.declaration.witnessOrganisation())
                .param("plannedDate", s.plan == null ? null : Date.valueOf(s.plan.plannedDate()))
                .param("transport", s.plan == null ? null : s.plan.transport().name())
                .param("crossingPoint", s.plan == null ? null : s.plan.crossingPointCode())
                .param("convoy", s.plan == null ? null : s.plan.convoyId())
                .param("departedOn", s.departure == null ? null : Date.valueOf(s.departure.date()))
                .param("departedCountry", s.departure == null ? null : s.departure.country())
                .param("departedSite", s.departure == null ? null : s.departure.site())
                .param("departedPcode", s.departure == null ? null : s.departure.pcode())
                .param("crossedOn", s.crossing == null ? null : Date.valueOf(s.crossing.date()))
                .param("crossedAt", s.crossing == null ? null : s.crossing.crossingPointCode())
                .param("firstArrived", s.firstArrivedOn == null ? null : Date.valueOf(s.firstArrivedOn))
                .param("closingReason", s.closingReason)
                .param("at", Timestamp.from(step.at()))
                .param("actor", step.actor())
                .update();
        if (rows == 0) {
            return false;
        }
        for (CaseMember member : s.members) {
            jdbc.sql("""
                            UPDATE return_case_member SET relationship = :relationship, sex = :sex,
                                birth_year = :birthYear, state = :state, signed = :signed, arrived_on = :arrivedOn,
                                arrived_pcode = :arrivedPcode, active = :active
                            WHERE case_id = :case AND person_id = :person
                            """)
                    .param("case", s.id)
                    .param("person", member.personId())
                    .param(
                            "relationship",
                            member.relationship() == null
                                    ? null
                                    : member.relationship().name())
                    .param("sex", member.sex())
                    .param("birthYear", member.birthYear())
                    .param("state", member.state().name())
                    .param("signed", member.signed())
                    .param("arrivedOn", member.arrivedOn() == null ? null : Date.valueOf(member.arrivedOn()))
                    .param("arrivedPcode", member.arrivedPcode())
                    .param("active", s.activeFor(member))
                    .update();
        }
        appendTimeline(s.id, returnCase.recorded());
        return true;
    }

    /** The version and status now stored, to explain why a write lost a race. */
    Optional<ReturnStatus> currentStatus(UUID id) {
        return jdbc.sql("SELECT status FROM return_case WHERE id = :id")
                .param("id", id)
                .query(String.class)
                .optional()
                .map(ReturnStatus::valueOf);
    }

    /** The open case (if any) in which one of these persons is still on the way home. */
    Optional<String> activeCaseOf(List<UUID> personIds) {
        if (personIds.isEmpty()) {
            return Optional.empty();
        }
        return jdbc.sql("""
                        SELECT c.reference FROM return_case_member m JOIN return_case c ON c.id = m.case_id
                        WHERE m.active AND m.person_id IN (:persons) LIMIT 1
                        """).param("persons", personIds).query(String.class).optional();
    }

    /** Cases in which this person is still on the way home (for a withdrawn declaration). */
    List<UUID> casesAwaiting(UUID personId) {
        return jdbc.sql("SELECT case_id FROM return_case_member WHERE active AND person_id = :person")
                .param("person", personId)
                .query(UUID.class)
                .list();
    }

    /** Cases not yet departed and not on hold, bound to {@code pcode} or an area within it. */
    List<UUID> openCasesBoundTo(String pcode) {
        return jdbc.sql("""
                        SELECT id FROM return_case
                        WHERE status IN ('INTENTION_RECORDED', 'COUNSELLED', 'DECLARATION_SIGNED', 'CLEARED', 'SCHEDULED')
                          AND :pcode IN (destination_pcode, destination_adm1, destination_adm2, destination_adm3)
                        ORDER BY id
                        """).param("pcode", pcode).query(UUID.class).list();
    }

    List<UUID> casesHeldBy(long holdId) {
        return jdbc.sql("SELECT id FROM return_case WHERE status = 'ON_HOLD' AND hold_id = :hold ORDER BY id")
                .param("hold", holdId)
                .query(UUID.class)
                .list();
    }

    List<UUID> casesOfHousehold(UUID householdId) {
        return jdbc.sql("SELECT id FROM return_case WHERE household_id = :household")
                .param("household", householdId)
                .query(UUID.class)
                .list();
    }

    void updateHouseholdAreas(UUID caseId, List<String> areas) {
        jdbc.sql("UPDATE return_case SET household_areas = CAST(:areas AS text[]) WHERE id = :id")
                .param("id", caseId)
                .param("areas", arrayLiteral(areas))
                .update();
    }

    List<TimelineEntry> timeline(UUID caseId) {
        return jdbc.sql("SELECT * FROM return_case_event WHERE case_id = :case ORDER BY id")
                .param("case", caseId)
                .query((rs, row) -> new TimelineEntry(
                        rs.getString("action"),
                        status(rs.getString("from_status")),
                        ReturnStatus.valueOf(rs.getString("to_status")),
                        rs.getDate("effective_on").toLocalDate(),
                        rs.getString("place"),
                        JSON.readValue(rs.getString("detail"), new TypeReference<Map<String, Object>>() {}),
                        rs.getTimestamp("recorded_at").toInstant(),
                        rs.getString("recorded_by"),
                        rs.getString("organisation")))
                .list();
    }

    private void appendTimeline(UUID caseId, List<TimelineEntry> entries) {
        for (TimelineEntry entry : entries) {
            jdbc.sql("""
                            INSERT INTO return_case_event (case_id, action, from_status, to_status, effective_on, place,
                                detail, recorded_at, recorded_by, organisation)
                            VALUES (:case, :action, :from, :to, :effectiveOn, :place, CAST(:detail AS jsonb), :at,
                                :actor, :organisation)
                            """)
                    .param("case", caseId)
                    .param("action", entry.action())
                    .param("from", entry.from() == null ? null : entry.from().name())
                    .param("to", entry.to().name())
                    .param("effectiveOn", Date.valueOf(entry.effectiveOn()))
                    .param("place", entry.place())
                    .param("detail", JSON.writeValueAsString(entry.detail()))
                    .param("at", Timestamp.from(entry.recordedAt()))
                    .param("actor", entry.recordedBy())
                    .param("organisation", entry.organisation())
                    .update();
        }
    }

    private List<CaseMember> members(UUID caseId) {
        return jdbc.sql("SELECT * FROM return_case_member WHERE case_id = :case ORDER BY position")
                .param("case", caseId)
                .query((rs, row) -> new CaseMember(
                        rs.getObject("person_id", UUID.class),
                        rs.getInt("position"),
                        rs.getString("relationship") == null
                                ? null
                                : Relationship.valueOf(rs.getString("relationship")),
                        rs.getString("sex"),
                        (Integer) rs.getObject("birth_year"),
                        MemberState.valueOf(rs.getString("state")),
                        rs.getBoolean("signed"),
                        date(rs.getDate("arrived_on")),
                        rs.getString("arrived_pcode")))
                .list();
    }

    private static CaseState state(ResultSet rs, List<CaseMember> members) throws SQLException {
        CaseState s = new CaseState(
                rs.getObject("id", UUID.class),
                rs.getString("reference"),
                rs.getObject("household_id", UUID.class),
                rs.getLong("organisation_id"),
                DisplacementType.valueOf(rs.getString("displacement_type")),
                new Place(rs.getString("origin_country"), rs.getString("origin_pcode"), rs.getString("origin_site")),
                rs.getInt("version"),
                members);
        s.householdAreas = strings(rs.getArray("household_areas"));
        s.status = ReturnStatus.valueOf(rs.getString("status"));
        s.statusDate = rs.getDate("status_date").toLocalDate();
        String heldFrom = rs.getString("held_from");
        s.hold = heldFrom == null
                ? null
                : new Hold(ReturnStatus.valueOf(heldFrom), (Long) rs.getObject("hold_id"), rs.getString("hold_reason"));
        s.destination = new Destination(
                rs.getString("destination_pcode"),
                rs.getString("destination_adm1"),
                rs.getString("destination_adm2"),
                rs.getString("destination_adm3"));
        LocalDate counselled = date(rs.getDate("counselled_on"));
        if (counselled != null) {
            EnumSet<CounsellingTopic> topics = EnumSet.noneOf(CounsellingTopic.class);
            strings(rs.getArray("counselling_topics")).forEach(topic -> topics.add(CounsellingTopic.valueOf(topic)));
            s.counselling = new CounsellingSession(counselled, topics);
        }
        LocalDate declared = date(rs.getDate("declared_on"));
        if (declared != null) {
            s.declaration = new DeclarationRecord(
                    declared, rs.getString("declaration_place"), rs.getString("declaration_witness"));
        }
        LocalDate planned = date(rs.getDate("planned_date"));
        if (planned != null) {
            s.plan = new Plan(
                    planned,
                    Transport.valueOf(rs.getString("transport")),
                    rs.getString("crossing_point"),
                    rs.getObject("convoy_id", UUID.class));
        }
        LocalDate departed = date(rs.getDate("departed_on"));
        if (departed != null) {
            s.departure = new DepartureRecord(
                    departed,
                    rs.getString("departed_country"),
                    rs.getString("departed_site"),
                    rs.getString("departed_pcode"));
        }
        LocalDate crossed = date(rs.getDate("crossed_on"));
        if (crossed != null) {
            s.crossing = new CrossingRecord(crossed, rs.getString("crossed_at"));
        }
        s.firstArrivedOn = date(rs.getDate("first_arrived_on"));
        s.closingReason = rs.getString("closing_reason");
        return s;
    }

    private static String topics(CounsellingSession session) {
        List<String> names = new ArrayList<>();
        session.topics().forEach(topic -> names.add(topic.name()));
        return arrayLiteral(names);
    }

    /** A PostgreSQL text[] literal for values that are codes (no quotes, commas or braces in them). */
    static String arrayLiteral(List<String> values) {
        return "{" + String.join(",", values == null ? List.of() : values) + "}";
    }

    static List<String> strings(Array array) throws SQLException {
        return array == null ? List.of() : List.of((String[]) array.getArray());
    }

    private static ReturnStatus status(String name) {
        return name == null ? null : ReturnStatus.valueOf(name);
    }

    static LocalDate date(Date date) {
        return date == null ? null : date.toLocalDate();
    }
}
