package org.homeward.registry.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.homeward.registry.DisplacementStatus;
import org.homeward.registry.DocumentType;
import org.homeward.registry.HouseholdRecord;
import org.homeward.registry.Relationship;
import org.homeward.registry.SpecificNeed;
import org.homeward.shared.FieldError;
import org.junit.jupiter.api.Test;

class HouseholdFormsTest {

    @Test
    void compactingDropsMembersTheBrowserRemovedAndEmptyDocumentRowsKeepingTheOrder() {
        HouseholdForm form = new HouseholdForm();
        form.getMembers().add(member("HEAD", "Khaled"));
        form.getMembers().add(new MemberForm()); // a gap: index 1 was removed in the browser
        form.getMembers().add(member("SPOUSE", "Huda"));
        form.getMembers().get(0).getDocuments().add(new DocumentForm());
        form.getMembers().get(0).getSpecificNeeds().add("");

        form.compact();

        assertThat(form.getMembers()).extracting(MemberForm::getGivenNameLatin).containsExactly("Khaled", "Huda");
        assertThat(form.getMembers().getFirst().getDocuments()).isEmpty();
        assertThat(form.getMembers().getFirst().getSpecificNeeds()).isEmpty();
    }

    @Test
    void valuesThatAreNotDatesOrNumbersAreNamedByTheirFieldPath() {
        HouseholdForm form = new HouseholdForm();
        form.setDateDisplaced("15/04/2013");
        form.getMembers().add(member("HEAD", "Khaled"));
        form.getMembers().add(member("CHILD", "Leen"));
        form.getMembers().get(1).setBirthYear("20x5");

        HouseholdForms.Conversion conversion = HouseholdForms.toDraft(form);

        assertThat(conversion.readable()).isFalse();
        assertThat(conversion.problems())
                .extracting(FieldError::field, FieldError::code)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("dateDisplaced", "not-a-date"),
                        org.assertj.core.groups.Tuple.tuple("members[1].birthYear", "not-a-number"));
    }

    @Test
    void aReadableFormBecomesTheDraftWithBlankValuesAsNull() {
        HouseholdForm form = new HouseholdForm();
        form.setDisplacementStatus("IDP");
        form.setOriginPcode(" C4121 ");
        form.setCurrentSite("");
        form.getMembers().add(member("HEAD", "Khaled"));
        form.getMembers().getFirst().setAgeAtRegistration("44");

        var draft = HouseholdForms.toDraft(form).draft();

        assertThat(draft.originPcode()).isEqualTo("C4121");
        assertThat(draft.currentSite()).isNull();
        assertThat(draft.members().getFirst().ageAtRegistration()).isEqualTo(44);
        assertThat(draft.members().getFirst().givenNameLatin()).isEqualTo("Khaled");
    }

    @Test
    void theEditFormKeepsMemberIdsAndShowsAnEstimateAsTheAgeSoThatSavingKeepsItAnEstimate() {
        UUID id = UUID.randomUUID();
        HouseholdRecord.Member member = new HouseholdRecord.Member(
                id,
                Relationship.HEAD,
                "m",
                null,
                1980,
                "ESTIMATED",
                "18-59",
                "خالد",
                null,
                null,
                null,
                "Khaled",
                null,
                null,
                null,
                "SYR",
                List.of(SpecificNeed.DS),
                List.of(new HouseholdRecord.Document(UUID.randomUUID(), DocumentType.PASSPORT, "N1", "SYR")));
        HouseholdRecord household = new HouseholdRecord(
                UUID.randomUUID(),
                "HH-TUR-000001",
                "ORG",
                DisplacementStatus.REFUGEE,
                "C4121",
                "TUR",
                "Kilis",
                null,
                null,
                null,
                null,
                null,
                false,
                3,
                Instant.EPOCH,
                Instant.EPOCH,
                List.of(member));

        HouseholdForm form = HouseholdForms.of(household, LocalDate.of(2025, 6, 1));

        assertThat(form.getVersion()).isEqualTo("3");
        MemberForm edited = form.getMembers().getFirst();
        assertThat(edited.getId()).isEqualTo(id.toString());
        assertThat(edited.getAgeAtRegistration()).isEqualTo("45");
        assertThat(edited.getBirthYear()).isNull();
        assertThat(edited.getSpecificNeeds()).containsExactly("DS");
        assertThat(edited.getDocuments()).extracting(DocumentForm::getNumber).containsExactly("N1");
    }

    @Test
    void fieldIdsFollowFieldPaths() {
        assertThat(FormErrors.id("members[1].documents[0].number")).isEqualTo("members-1-documents-0-number");
        assertThat(ErrorMessages.leaf("members[1].documents[0].number")).isEqualTo("number");
        assertThat(ErrorMessages.leaf("members[2]")).isEqualTo("members");
    }

    private static MemberForm member(String relationship, String name) {
        MemberForm member = MemberForm.blank(relationship);
        member.setSex("m");
        member.setGivenNameLatin(name);
        return member;
    }
}
