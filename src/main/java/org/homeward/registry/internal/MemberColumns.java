package org.homeward.registry.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import java.util.UUID;

/**
 * A household's members and their documents as one array per column, for {@code INSERT ... SELECT FROM unnest(...)}.
 * Unlike {@link MemberRows} (one {@code VALUES} row per member), the statement's text is the same for every
 * household whatever its size: the driver prepares it once per connection and PostgreSQL reuses its plan, where a
 * statement per shape (members x documents) was parsed and planned anew at nearly every registration. Every array
 * is bound as {@code text[]} and cast in the statement (the driver writes text arrays for any content, nulls
 * included); a member's needs and keys travel as array literals of codes and are cast per row.
 */
final class MemberColumns {

    /** Person columns bound as arrays, in this order, each as {@code text[]}. */
    static final String PERSONS = """
            INSERT INTO person (id, household_id, position, relationship, sex, date_of_birth, birth_year,
                birth_precision, given_name_ar, father_name_ar, grandfather_name_ar, family_name_ar, given_name_latin,
                father_name_latin, grandfather_name_latin, family_name_latin, nationality, specific_needs, name_keys)
            SELECT m.id::uuid, ?, m.position::int, m.relationship, m.sex, m.date_of_birth::date, m.birth_year::int,
                m.birth_precision, m.given_name_ar, m.father_name_ar, m.grandfather_name_ar, m.family_name_ar,
                m.given_name_latin, m.father_name_latin, m.grandfather_name_latin, m.family_name_latin, m.nationality,
                m.specific_needs::text[], m.name_keys::text[]
              FROM unnest(?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[],
                          ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[],
                          ?::text[], ?::text[])
                AS m (id, position, relationship, sex, date_of_birth, birth_year, birth_precision, given_name_ar,
                      father_name_ar, grandfather_name_ar, family_name_ar, given_name_latin, father_name_latin,
                      grandfather_name_latin, family_name_latin, nationality, specific_needs, name_keys)""";

    static final String DOCUMENTS = """
            INSERT INTO identity_document (id, person_id, position, document_type, document_number, issuing_country)
            SELECT d.id::uuid, d.person_id::uuid, d.position::int, d.document_type, d.document_number,
                d.issuing_country
              FROM unnest(?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[])
                AS d (id, person_id, position, document_type, document_number, issuing_country)""";

    private static final int PERSON_ARRAYS = 18;
    private static final int DOCUMENT_ARRAYS = 6;

    private MemberColumns() {}

    /** Binds the household id and the person arrays of {@link #PERSONS} from {@code index}; returns the next index. */
    static int bindPersons(PreparedStatement statement, int index, UUID householdId, List<PersonData> members)
            throws SQLException {
        String[][] columns = new String[PERSON_ARRAYS][members.size()];
        for (int i = 0; i < members.size(); i++) {
            PersonData person = members.get(i);
            Object[] fields = MemberRows.personFields(person);
            columns[0][i] = person.id().toString();
            columns[1][i] = Integer.toString(i);
            for (int field = 0; field < MemberRows.PERSON_FIELDS; field++) {
                // dates print as ISO dates and birth years as decimals, as the statement's casts read them
                columns[2 + field][i] = fields[field] == null ? null : fields[field].toString();
            }
        }
        statement.setObject(index++, householdId);
        return bindArrays(statement, index, columns);
    }

    /** Binds the document arrays of {@link #DOCUMENTS} from {@code index}; returns the next index. */
    static int bindDocuments(PreparedStatement statement, int index, List<PersonData> members) throws SQLException {
        int count =
                members.stream().mapToInt(person -> person.documents().size()).sum();
        String[][] columns = new String[DOCUMENT_ARRAYS][count];
        int at = 0;
        for (PersonData person : members) {
            for (int position = 0; position < person.documents().size(); position++) {
                PersonData.Document document = person.documents().get(position);
                String[] row = {
                    document.id().toString(),
                    person.id().toString(),
                    Integer.toString(position),
                    document.type().name(),
                    document.number(),
                    document.issuingCountry()
                };
                for (int column = 0; column < DOCUMENT_ARRAYS; column++) {
                    columns[column][at] = row[column];
                }
                at++;
            }
        }
        return bindArrays(statement, index, columns);
    }

    private static int bindArrays(PreparedStatement statement, int index, String[][] columns) throws SQLException {
        Connection connection = statement.getConnection();
        for (String[] column : columns) {
            statement.setArray(index++, connection.createArrayOf("text", column));
        }
        return index;
    }
}
