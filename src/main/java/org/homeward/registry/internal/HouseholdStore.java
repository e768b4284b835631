package org.homeward.registry.internal;

import java.sql.Array;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.homeward.registry.DisplacementStatus;
import org.homeward.registry.DocumentType;
import org.homeward.registry.Relationship;
import org.homeward.registry.Sex;
import org.homeward.registry.SpecificNeed;
import org.homeward.registry.internal.PersonData.BirthPrecision;
import org.homeward.registry.internal.PersonData.Names;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Households, members and documents in PostgreSQL. Callers hold the transaction. */
@Repository
class HouseholdStore {

    private final JdbcClient jdbc;
    private final JdbcTemplate template;

    HouseholdStore(JdbcClient jdbc, JdbcTemplate template) {
        this.jdbc = jdbc;
        this.template = template;
    }

    /**
     * Inserts the household with its members and their documents in one statement (one round trip), taking its
     * reference number from the sequence in the same statement. Members and documents must carry their ids. The
     * statement's text does not depend on the household's size ({@link MemberColumns}): prepared once per
     * connection, planned once.
     *
     * @return the household's reference, {@code HH-<current country>-<number, at least 6 digits>}
     */
    String insert(StoredHousehold household, String actor, Instant now) {
        HouseholdData data = household.data();
        OffsetDateTime at = now.atOffset(ZoneOffset.UTC);
        return template.query(
                connection -> {
                    PreparedStatement statement = connection.prepareStatement(INSERT);
                    // Typed, nulls included: the parameter types stay the same from one household to the next,
                    // so the driver keeps the statement it prepared.
                    int i = 1;
                    statement.setObject(i++, household.id());
                    statement.setString(i++, data.currentCountry());
                    statement.setLong(i++, household.organisationId());
                    statement.setString(i++, data.status().name());
                    statement.setString(i++, data.originPcode());
                    statement.setString(i++, arrayLiteral(household.originAreas()));
                    statement.setString(i++, data.currentCountry());
                    statement.setString(i++, data.currentLocality());
                    statement.setString(i++, data.currentPcode());
                    statement.setString(i++, data.currentSite());
                    statement.setString(i++, arrayLiteral(household.currentAreas()));
                    statement.setObject(i++, data.dateDisplaced(), Types.DATE);
                    statement.setString(i++, data.phone());
                    statement.setString(i++, data.notes());
                    statement.setBoolean(i++, data.childHeaded());
                    statement.setInt(i++, data.members().size());
                    statement.setObject(i++, at);
                    statement.setString(i++, actor);
                    statement.setObject(i++, at);
                    statement.setString(i++, actor);
                    i = MemberColumns.bindPersons(statement, i, household.id(), data.members());
                    MemberColumns.bindDocuments(statement, i, data.members());
                    return statement;
                },
                (ResultSet row) -> row.next() ? row.getString(1) : null);
    }

    private static final String INSERT = """
            WITH new_household AS (
                INSERT INTO household (id, reference, organisation_id, displacement_status, origin_pcode,
                    origin_areas, current_country, current_locality, current_pcode, current_site, current_areas,
                    date_displaced, phone, notes, child_headed, member_count, version, created_at, created_by,
                    updated_at, updated_by)
                SELECT ?, 'HH-' || CAST(? AS text) || '-' || lpad(number::text, greatest(6, length(number::text)), '0'), ?, ?, ?, ?::text[], ?,
                    ?, ?, ?, ?::text[], ?, ?, ?, ?, ?, 0, ?, ?, ?, ?
                  FROM (SELECT nextval('household_reference_seq') AS number) AS next
                RETURNING reference),
            new_persons AS (%s),
            new_documents AS (%s)
            SELECT reference FROM new_household""".formatted(MemberColumns.PERSONS, MemberColumns.DOCUMENTS);

    /** Updates the household's fields if its version is still {@code expectedVersion}; false if stale. */
    boolean update(StoredHousehold household, int expectedVersion, String actor, Instant now) {
        HouseholdData data = household.data();
        int updated = jdbc.sql("""
                UPDATE household SET displacement_status = :status, origin_pcode = :origin,
                    origin_areas = :originAreas::text[], current_country = :country, current_locality = :locality,
                    current_pcode = :pcode, current_site = :site, current_areas = :currentAreas::text[],
                    date_displaced = :displaced, phone = :phone, notes = :notes, child_headed = :childHeaded,
                    member_count = :members, version = version + 1, updated_at = :now, updated_by = :actor
                WHERE id = :id AND version = :version AND deleted_at IS NULL
                """)
                .param("id", household.id())
                .param("version", expectedVersion)
                .param("originAreas", arrayLiteral(household.originAreas()))
                .param("currentAreas", arrayLiteral(household.currentAreas()))
                .params(fields(data, actor, now))
                .update();
        return updated == 1;
    }

    boolean softDelete(UUID id, int expectedVersion, String reason, String actor, Instant now) {
        return jdbc.sql("""
                        UPDATE household SET deleted_at = :now, deleted_by = :actor, deleted_reason = :reason,
                            version = version + 1
                        WHERE id = :id AND version = :version AND deleted_at IS NULL
                        """)
                        .param("id", id)
                        .param("version", expectedVersion)
                        .param("reason", reason)
                        .param("actor", actor)
                        .param("now", Timestamp.from(now))
                        .update()
                == 1;
    }

    /** Replaces the member list: kept members are updated, new ones inserted, missing ones marked removed. */
    void replaceMembers(UUID householdId, List<PersonData> before, List<PersonData> after, Instant now) {
        List<UUID> kept = after.stream()
                .map(PersonData::id)
                .filter(java.util.Objects::nonNull)
                .toList();
        for (PersonData old : before) {
            if (!kept.contains(old.id())) {
                jdbc.sql("UPDATE person SET removed_at = :now WHERE id = :id")
                        .param("now", Timestamp.from(now))
                        .param("id", old.id())
                        .update();
            }
        }
        template.update("DELETE FROM identity_document WHERE person_id = ANY (?)", (Object)
                before.stream().map(PersonData::id).toArray(UUID[]::new));
        List<PersonData> added = new ArrayList<>();
        for (int position = 0; position < after.size(); position++) {
            PersonData person = after.get(position);
            if (person.id() == null) {
                added.add(person);
                continue;
            }
            jdbc.sql("""
                    UPDATE person SET position = :position, relationship = :relationship, sex = :sex,
                        date_of_birth = :dob, birth_year = :birthYear, birth_precision = :precision,
                        given_name_ar = :givenAr, father_name_ar = :fatherAr, grandfather_name_ar = :grandfatherAr,
                        family_name_ar = :familyAr, given_name_latin = :givenLatin, father_name_latin = :fatherLatin,
                        grandfather_name_latin = :grandfatherLatin, family_name_latin = :familyLatin,
                        nationality = :nationality, specific_needs = :needs::text[], name_keys = :keys::text[]
                    WHERE id = :id
                    """)
                    .params(personFields(person, position))
                    .param("id", person.id())
                    .update();
            insertDocuments(person);
        }
        insertMembers(householdId, added, after.size() - added.size());
    }

    private void insertMembers(UUID householdId, List<PersonData> members, int firstPosition) {
        List<PersonData> withIds = members.stream().map(PersonData::withIds).toList();
        insert(MemberRows.persons(householdId, withIds, firstPosition));
        insert(MemberRows.documents(withIds));
    }

    private void insertDocuments(PersonData person) {
        insert(MemberRows.documents(List.of(person.withIds())));
    }

    private void insert(InsertRows rows) {
        if (!rows.isEmpty()) {
            template.update(rows.sql(), rows.values().toArray());
        }
    }

    Optional<StoredHousehold> find(UUID id) {
        Map<UUID, StoredHousehold> found = findAll(List.of(id));
        return Optional.ofNullable(found.get(id));
    }

    /** Loads households with their members and documents, three queries for any number of ids. */
    Map<UUID, StoredHousehold> findAll(List<UUID> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        UUID[] idArray = ids.toArray(UUID[]::new);
        Map<UUID, List<PersonData.Document>> documents = new LinkedHashMap<>();
        template.query(
                """
                SELECT d.* FROM identity_document d JOIN person p ON p.id = d.person_id
                WHERE p.household_id = ANY (?) ORDER BY d.person_id, d.position, d.id""",
                (ResultSet rs) -> {
                    documents
                            .computeIfAbsent(rs.getObject("person_id", UUID.class), key -> new ArrayList<>())
                            .add(new PersonData.Document(
                                    rs.getObject("id", UUID.class),
                                    DocumentType.valueOf(rs.getString("document_type")),
                                    rs.getString("document_number"),
                                    rs.getString("issuing_country")));
                },
                (Object) idArray);
        Map<UUID, List<PersonData>> members = new LinkedHashMap<>();
        template.query(
                "SELECT * FROM person WHERE household_id = ANY (?) AND removed_at IS NULL ORDER BY household_id, position",
                (ResultSet rs) -> {
                    UUID personId = rs.getObject("id", UUID.class);
                    members.computeIfAbsent(rs.getObject("household_id", UUID.class), key -> new ArrayList<>())
                            .add(person(rs, documents.getOrDefault(personId, List.of())));
                },
                (Object) idArray);
        Map<UUID, StoredHousehold> households = new LinkedHashMap<>();
        template.query(
                "SELECT * FROM household WHERE id = ANY (?)",
                (ResultSet rs) -> {
                    UUID id = rs.getObject("id", UUID.class);
                    households.put(id, household(rs, members.getOrDefault(id, List.of())));
                },
                (Object) idArray);
        Map<UUID, StoredHousehold> ordered = new LinkedHashMap<>();
        for (UUID id : ids) {
            if (households.containsKey(id)) {
                ordered.put(id, households.get(id));
            }
        }
        return ordered;
    }

    private static StoredHousehold household(ResultSet rs, List<PersonData> members) throws SQLException {
        HouseholdData data = new HouseholdData(
                DisplacementStatus.valueOf(rs.getString("displacement_status")),
                rs.getString("origin_pcode"),
                rs.getString("current_country"),
                rs.getString("current_locality"),
                rs.getString("current_pcode"),
                rs.getString("current_site"),
                localDate(rs.getDate("date_displaced")),
                rs.getString("phone"),
                rs.getString("notes"),
                rs.getBoolean("child_headed"),
                members);
        return new StoredHousehold(
                rs.getObject("id", UUID.class),
                rs.getString("reference"),
                rs.getLong("organisation_id"),
                data,
                strings(rs.getArray("origin_areas")),
                strings(rs.getArray("current_areas")),
                rs.getInt("version"),
                rs.getTimestamp("created_at").toInstant(),
                rs.getTimestamp("updated_at").toInstant(),
                rs.getTimestamp("deleted_at") != null);
    }

    private static PersonData person(ResultSet rs, List<PersonData.Document> documents) throws SQLException {
        Integer birthYear = rs.getObject("birth_year", Integer.class);
        return new PersonData(
                rs.getObject("id", UUID.class),
                Relationship.valueOf(rs.getString("relationship")),
                Sex.ofCode(rs.getString("sex")).orElse(Sex.UNKNOWN),
                localDate(rs.getDate("date_of_birth")),
                birthYear,
                BirthPrecision.valueOf(rs.getString("birth_precision")),
                new Names(
                        rs.getString("given_name_ar"),
                        rs.getString("father_name_ar"),
                        rs.getString("grandfather_name_ar"),
                        rs.getString("family_name_ar"),
                        rs.getString("given_name_latin"),
                        rs.getString("father_name_latin"),
                        rs.getString("grandfather_name_latin"),
                        rs.getString("family_name_latin")),
                rs.getString("nationality"),
                strings(rs.getArray("specific_needs")).stream()
                        .map(SpecificNeed::valueOf)
                        .toList(),
                documents);
    }

    private static Map<String, Object> fields(HouseholdData data, String actor, Instant now) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("status", data.status().name());
        fields.put("origin", data.originPcode());
        fields.put("country", data.currentCountry());
        fields.put("locality", data.currentLocality());
        fields.put("pcode", data.currentPcode());
        fields.put("site", data.currentSite());
        fields.put("displaced", data.dateDisplaced() == null ? null : Date.valueOf(data.dateDisplaced()));
        fields.put("phone", data.phone());
        fields.put("notes", data.notes());
        fields.put("childHeaded", data.childHeaded());
        fields.put("members", data.members().size());
        fields.put("actor", actor);
        fields.put("now", Timestamp.from(now));
        return fields;
    }

    private static Map<String, Object> personFields(PersonData person, int position) {
        Names names = person.names();
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("position", position);
        fields.put("relationship", person.relationship().name());
        fields.put("sex", person.sex().code());
        fields.put("dob", person.dateOfBirth() == null ? null : Date.valueOf(person.dateOfBirth()));
        fields.put("birthYear", person.birthYear());
        fields.put("precision", person.birthPrecision().name());
        fields.put("givenAr", names.givenAr());
        fields.put("fatherAr", names.fatherAr());
        fields.put("grandfatherAr", names.grandfatherAr());
        fields.put("familyAr", names.familyAr());
        fields.put("givenLatin", names.givenLatin());
        fields.put("fatherLatin", names.fatherLatin());
        fields.put("grandfatherLatin", names.grandfatherLatin());
        fields.put("familyLatin", names.familyLatin());
        fields.put("nationality", person.nationality());
        fields.put(
                "needs",
                arrayLiteral(person.specificNeeds().stream().map(Enum::name).toList()));
        fields.put("keys", arrayLiteral(List.copyOf(NameKeys.keysOf(names.all()))));
        return fields;
    }

    /** A PostgreSQL text[] literal for values that are codes (no quotes or braces in them). */
    static String arrayLiteral(List<String> values) {
        return "{" + String.join(",", values) + "}";
    }

    private static List<String> strings(Array array) throws SQLException {
        return array == null ? List.of() : List.of((String[]) array.getArray());
    }

    private static LocalDate localDate(Date date) {
        return date == null ? null : date.toLocalDate();
    }
}
