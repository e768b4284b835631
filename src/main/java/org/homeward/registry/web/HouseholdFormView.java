package org.homeward.registry.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What the register and edit forms render: for every input its name, id, value and problems, computed
 * here once so that the template only places them. Names are the form's field paths, ids are
 * {@link FormErrors#id} of them, so that the summary's links land on the right input.
 *
 * @param originName the name of the origin P-code, when the gazetteer knows it
 */
record HouseholdFormView(
        Field displacementStatus,
        Field originPcode,
        String originName,
        Field currentCountry,
        Field currentLocality,
        Field currentPcode,
        String currentName,
        Field currentSite,
        Field dateDisplaced,
        Field phone,
        Field notes,
        boolean childHeaded,
        Field childHeadedField,
        Field members,
        List<MemberFields> memberList,
        int nextIndex,
        String version,
        String reference,
        String idempotencyKey) {

    /** One input: {@code errorId} names the element holding its problems, for aria-describedby. */
    record Field(String name, String id, String value, List<String> errors) {

        static Field of(String name, String value, FormErrors problems) {
            return new Field(name, FormErrors.id(name), value == null ? "" : value, problems.of(name));
        }

        public boolean invalid() {
            return !errors.isEmpty();
        }

        public String errorId() {
            return id + "-error";
        }
    }

    record MemberFields(
            int index,
            int position,
            String personId,
            Field names,
            Field relationship,
            Field sex,
            Field dateOfBirth,
            Field birthYear,
            Field ageAtRegistration,
            List<Field> arabicNames,
            List<Field> latinNames,
            Field nationality,
            Field specificNeeds,
            List<String> needs,
            List<DocumentFields> documents) {

        public boolean invalid() {
            return names.invalid()
                    || relationship.invalid()
                    || sex.invalid()
                    || dateOfBirth.invalid()
                    || birthYear.invalid()
                    || ageAtRegistration.invalid()
                    || nationality.invalid()
                    || specificNeeds.invalid();
        }

        static MemberFields of(int index, MemberForm member, FormErrors problems) {
            String path = "members[" + index + "]";
            List<DocumentFields> documents = new ArrayList<>();
            List<DocumentForm> rows = new ArrayList<>(member.getDocuments());
            // One empty row always, so that a document can be added without a round trip.
            rows.add(new DocumentForm());
            for (int j = 0; j < rows.size(); j++) {
                documents.add(DocumentFields.of(path + ".documents[" + j + "]", j, rows.get(j), problems));
            }
            return new MemberFields(
                    index,
                    index + 1,
                    member.getId(),
                    Field.of(path, null, problems),
                    Field.of(path + ".relationship", member.getRelationship(), problems),
                    Field.of(path + ".sex", member.getSex(), problems),
                    Field.of(path + ".dateOfBirth", member.getDateOfBirth(), problems),
                    Field.of(path + ".birthYear", member.getBirthYear(), problems),
                    Field.of(path + ".ageAtRegistration", member.getAgeAtRegistration(), problems),
                    List.of(
                            Field.of(path + ".givenNameAr", member.getGivenNameAr(), problems),
                            Field.of(path + ".fatherNameAr", member.getFatherNameAr(), problems),
                            Field.of(path + ".grandfatherNameAr", member.getGrandfatherNameAr(), problems),
                            Field.of(path + ".familyNameAr", member.getFamilyNameAr(), problems)),
                    List.of(
                            Field.of(path + ".givenNameLatin", member.getGivenNameLatin(), problems),
                            Field.of(path + ".fatherNameLatin", member.getFatherNameLatin(), problems),
                            Field.of(path + ".grandfatherNameLatin", member.getGrandfatherNameLatin(), problems),
                            Field.of(path + ".familyNameLatin", member.getFamilyNameLatin(), problems)),
                    Field.of(path + ".nationality", member.getNationality(), problems),
                    Field.of(path + ".specificNeeds", null, problems),
                    List.copyOf(member.getSpecificNeeds()),
                    documents);
        }
    }

    record DocumentFields(int index, int position, Field type, Field number, Field issuingCountry) {

        static DocumentFields of(String path, int index, DocumentForm row, FormErrors problems) {
            return new DocumentFields(
                    index,
                    index + 1,
                    Field.of(path + ".type", row.getType(), problems),
                    Field.of(path + ".number", row.getNumber(), problems),
                    Field.of(path + ".issuingCountry", row.getIssuingCountry(), problems));
        }
    }

    static HouseholdFormView of(HouseholdForm form, FormErrors problems, PlaceLabels places, Locale locale) {
        List<MemberFields> members = new ArrayList<>();
        for (int i = 0; i < form.getMembers().size(); i++) {
            members.add(MemberFields.of(i, form.getMembers().get(i), problems));
        }
        return new HouseholdFormView(
                Field.of("displacementStatus", form.getDisplacementStatus(), problems),
                Field.of("originPcode", form.getOriginPcode(), problems),
                places.knownArea(form.getOriginPcode(), locale).orElse(null),
                Field.of("currentCountry", form.getCurrentCountry(), problems),
                Field.of("currentLocality", form.getCurrentLocality(), problems),
                Field.of("currentPcode", form.getCurrentPcode(), problems),
                places.knownArea(form.getCurrentPcode(), locale).orElse(null),
                Field.of("currentSite", form.getCurrentSite(), problems),
                Field.of("dateDisplaced", form.getDateDisplaced(), problems),
                Field.of("phone", form.getPhone(), problems),
                Field.of("notes", form.getNotes(), problems),
                form.isChildHeaded(),
                Field.of("childHeaded", null, problems),
                Field.of("members", null, problems),
                members,
                members.size(),
                form.getVersion(),
                form.getReference(),
                form.getIdempotencyKey());
    }
}
