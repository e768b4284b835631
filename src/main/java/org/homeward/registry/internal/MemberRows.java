package org.homeward.registry.internal;

import java.util.List;
import java.util.UUID;
import org.homeward.registry.internal.PersonData.Names;

/** A household's members and their documents as rows of one multi-row INSERT each (see {@link InsertRows}). */
final class MemberRows {

    /** How many values {@link #personFields} gives. */
    static final int PERSON_FIELDS = 16;

    private MemberRows() {}

    /**
     * A member's values for the person columns after id, household and position, in the tables' order
     * (relationship to name keys), typed as the driver binds them; needs and name keys as array literals.
     */
    static Object[] personFields(PersonData person) {
        Names names = person.names();
        return new Object[] {
            person.relationship().name(),
            person.sex().code(),
            person.dateOfBirth(),
            person.birthYear(),
            person.birthPrecision().name(),
            names.givenAr(),
            names.fatherAr(),
            names.grandfatherAr(),
            names.familyAr(),
            names.givenLatin(),
            names.fatherLatin(),
            names.grandfatherLatin(),
            names.familyLatin(),
            person.nationality(),
            HouseholdStore.arrayLiteral(
                    person.specificNeeds().stream().map(Enum::name).toList()),
            HouseholdStore.arrayLiteral(List.copyOf(NameKeys.keysOf(names.all())))
        };
    }

    static InsertRows persons(UUID householdId, List<PersonData> members, int firstPosition) {
        InsertRows rows = new InsertRows(
                "person", """
                id, household_id, position, relationship, sex, date_of_birth, birth_year, birth_precision,
                given_name_ar, father_name_ar, grandfather_name_ar, family_name_ar, given_name_latin, father_name_latin,
                grandfather_name_latin, family_name_latin, nationality, specific_needs, name_keys""", "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?::text[], ?::text[])");
        for (int i = 0; i < members.size(); i++) {
            PersonData person = members.get(i);
            Object[] row = new Object[3 + PERSON_FIELDS];
            row[0] = person.id();
            row[1] = householdId;
            row[2] = firstPosition + i;
            System.arraycopy(personFields(person), 0, row, 3, PERSON_FIELDS);
            rows.row(row);
        }
        return rows;
    }

    /** The documents of these members, each at its position in its member's list. */
    static InsertRows documents(List<PersonData> members) {
        InsertRows rows = new InsertRows(
                "identity_document",
                "id, person_id, position, document_type, document_number, issuing_country",
                "(?, ?, ?, ?, ?, ?)");
        for (PersonData person : members) {
            for (int position = 0; position < person.documents().size(); position++) {
                PersonData.Document document = person.documents().get(position);
                rows.row(
                        document.id(),
                        person.id(),
                        position,
                        document.type().name(),
                        document.number(),
                        document.issuingCountry());
            }
        }
        return rows;
    }
}
