package org.homeward.registry.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.homeward.registry.HouseholdDraft;
import org.homeward.registry.HouseholdRecord;
import org.homeward.registry.MemberDraft;
import org.homeward.registry.Relationship;
import org.homeward.registry.SpecificNeed;
import org.homeward.shared.FieldError;

/**
 * Between the form and the registry: a new form, a form filled from a household, and the draft a submitted
 * form asks the registry to record. Only what a string cannot be (a date, a number) is checked here; every
 * other rule is the registry's, which names each problem by the same field path the form uses.
 */
final class HouseholdForms {

    /** The draft, or the values that could not even be read as a date or a number. */
    record Conversion(HouseholdDraft draft, List<FieldError> problems) {

        boolean readable() {
            return problems.isEmpty();
        }
    }

    private HouseholdForms() {}

    /** A registration form: one member, the head, and a key that makes a repeated submission harmless. */
    static HouseholdForm blank() {
        HouseholdForm form = new HouseholdForm();
        form.setIdempotencyKey(UUID.randomUUID().toString());
        form.getMembers().add(MemberForm.blank(Relationship.HEAD.name()));
        return form;
    }

    /** The edit form of a household; an age estimate is shown as the age, so that saving keeps it one. */
    static HouseholdForm of(HouseholdRecord household, LocalDate today) {
        HouseholdForm form = new HouseholdForm();
        form.setVersion(Integer.toString(household.version()));
        form.setReference(household.reference());
        form.setDisplacementStatus(household.displacementStatus().name());
        form.setOriginPcode(household.originPcode());
        form.setCurrentCountry(household.currentCountry());
        form.setCurrentLocality(household.currentLocality());
        form.setCurrentPcode(household.currentPcode());
        form.setCurrentSite(household.currentSite());
        form.setDateDisplaced(
                household.dateDisplaced() == null
                        ? null
                        : household.dateDisplaced().toString());
        form.setPhone(household.phone());
        form.setNotes(household.notes());
        form.setChildHeaded(household.childHeaded());
        for (HouseholdRecord.Member member : household.members()) {
            form.getMembers().add(member(member, today));
        }
        return form;
    }

    private static MemberForm member(HouseholdRecord.Member member, LocalDate today) {
        MemberForm form = MemberForm.blank(member.relationship().name());
        form.setId(member.id().toString());
        form.setSex(member.sex());
        switch (member.birthPrecision()) {
            case "EXACT" -> form.setDateOfBirth(member.dateOfBirth().toString());
            case "YEAR" -> form.setBirthYear(Integer.toString(member.birthYear()));
            case "ESTIMATED" -> form.setAgeAtRegistration(Integer.toString(today.getYear() - member.birthYear()));
            default -> {}
        }
        form.setGivenNameAr(member.givenNameAr());
        form.setFatherNameAr(member.fatherNameAr());
        form.setGrandfatherNameAr(member.grandfatherNameAr());
        form.setFamilyNameAr(member.familyNameAr());
        form.setGivenNameLatin(member.givenNameLatin());
        form.setFatherNameLatin(member.fatherNameLatin());
        form.setGrandfatherNameLatin(member.grandfatherNameLatin());
        form.setFamilyNameLatin(member.familyNameLatin());
        form.setNationality(member.nationality());
        form.setSpecificNeeds(new ArrayList<>(
                member.specificNeeds().stream().map(SpecificNeed::name).toList()));
        for (HouseholdRecord.Document document : member.documents()) {
            DocumentForm row = new DocumentForm();
            row.setType(document.type().name());
            row.setNumber(document.number());
            row.setIssuingCountry(document.issuingCountry());
            form.getDocuments().add(row);
        }
        return form;
    }

    /** The draft of a compacted form (see {@link HouseholdForm#compact()}): indexes match the form's. */
    static Conversion toDraft(HouseholdForm form) {
        List<FieldError> problems = new ArrayList<>();
        LocalDate displaced = date("dateDisplaced", form.getDateDisplaced(), problems);
        List<MemberDraft> members = new ArrayList<>();
        for (int i = 0; i < form.getMembers().size(); i++) {
            members.add(member("members[" + i + "]", form.getMembers().get(i), problems));
        }
        HouseholdDraft draft = new HouseholdDraft(
                Texts.blankToNull(form.getDisplacementStatus()),
                Texts.blankToNull(form.getOriginPcode()),
                Texts.blankToNull(form.getCurrentCountry()),
                Texts.blankToNull(form.getCurrentLocality()),
                Texts.blankToNull(form.getCurrentPcode()),
                Texts.blankToNull(form.getCurrentSite()),
                displaced,
                Texts.blankToNull(form.getPhone()),
                Texts.blankToNull(form.getNotes()),
                form.isChildHeaded(),
                members);
        return new Conversion(draft, problems);
    }

    private static MemberDraft member(String path, MemberForm member, List<FieldError> problems) {
        UUID id = null;
        if (!Texts.isBlank(member.getId())) {
            try {
                id = UUID.fromString(member.getId().strip());
            } catch (IllegalArgumentException e) {
                problems.add(new FieldError(path + ".id", "unknown-member", "not a member of this household"));
            }
        }
        List<MemberDraft.DocumentDraft> documents = member.getDocuments().stream()
                .map(document -> new MemberDraft.DocumentDraft(
                        Texts.blankToNull(document.getType()),
                        Texts.blankToNull(document.getNumber()),
                        Texts.blankToNull(document.getIssuingCountry())))
                .toList();
        return new MemberDraft(
                id,
                Texts.blankToNull(member.getRelationship()),
                Texts.blankToNull(member.getSex()),
                date(path + ".dateOfBirth", member.getDateOfBirth(), problems),
                number(path + ".birthYear", member.getBirthYear(), problems),
                number(path + ".ageAtRegistration", member.getAgeAtRegistration(), problems),
                Texts.blankToNull(member.getGivenNameAr()),
                Texts.blankToNull(member.getFatherNameAr()),
                Texts.blankToNull(member.getGrandfatherNameAr()),
                Texts.blankToNull(member.getFamilyNameAr()),
                Texts.blankToNull(member.getGivenNameLatin()),
                Texts.blankToNull(member.getFatherNameLatin()),
                Texts.blankToNull(member.getGrandfatherNameLatin()),
                Texts.blankToNull(member.getFamilyNameLatin()),
                Texts.blankToNull(member.getNationality()),
                List.copyOf(member.getSpecificNeeds()),
                documents);
    }

    /** A date as the browser's date input sends it (ISO 8601, 2015-09-10). */
    static LocalDate date(String field, String value, List<FieldError> problems) {
        String text = Texts.blankToNull(value);
        if (text == null) {
            return null;
        }
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            problems.add(new FieldError(field, "not-a-date", "expected a date such as 2015-09-10"));
            return null;
        }
    }

    private static Integer number(String field, String value, List<FieldError> problems) {
        String text = Texts.blankToNull(value);
        if (text == null) {
            return null;
        }
        try {
            return Integer.valueOf(text);
        } catch (NumberFormatException e) {
            problems.add(new FieldError(field, "not-a-number", "expected a whole number"));
            return null;
        }
    }
}
