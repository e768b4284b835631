package org.homeward.registry.internal.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.homeward.registry.HouseholdDraft;
import org.homeward.registry.MemberDraft;
import org.homeward.registry.internal.BulkHousehold;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class SyntheticRegistryTest {

    static final LocalDate TODAY = LocalDate.of(2025, 11, 1);
    static final Pattern ARABIC = Pattern.compile("[\\p{IsArabic}\\s'’\\-]+");
    static final Pattern LATIN = Pattern.compile("[\\p{IsLatin}\\p{M}\\s'’\\-.]+");

    static DemoPlaces places;
    static List<BulkHousehold> households;
    static List<MemberDraft> members;

    @BeforeAll
    static void generate() {
        places = ReferencePlaces.places();
        households = new SyntheticRegistry(NameBook.load(), places, 42, TODAY).households(0, 5_000);
        members = households.stream()
                .flatMap(household -> household.draft().members().stream())
                .toList();
    }

    @Test
    void aSeedAlwaysMakesTheSameHouseholdsInAnyOrder() {
        SyntheticRegistry again = new SyntheticRegistry(NameBook.load(), places, 42, TODAY);
        SyntheticRegistry other = new SyntheticRegistry(NameBook.load(), places, 43, TODAY);

        assertThat(again.households(0, 50)).isEqualTo(households.subList(0, 50));
        assertThat(again.household(4_321)).isEqualTo(households.get(4_321));
        assertThat(other.households(0, 50)).isNotEqualTo(households.subList(0, 50));
    }

    @Test
    void refugeesAndCountriesOfAsylumFollowTheUnhcrFigures() {
        List<HouseholdDraft> refugees =
                drafts(draft -> draft.displacementStatus().equals("REFUGEE"));
        assertThat((double) refugees.size() / households.size()).isCloseTo(places.refugeeShare(), within(0.03));
        assertThat(places.refugeeShare()).isBetween(0.4, 0.55);
        for (String country : List.of("TUR", "DEU", "LBN", "JOR", "IRQ")) {
            double share = refugees.stream()
                            .filter(draft -> draft.currentCountry().equals(country))
                            .count()
                    / (double) refugees.size();
            assertThat(share).as(country).isCloseTo(places.asylumShare(country), within(0.035));
        }
        assertThat(drafts(draft -> draft.displacementStatus().equals("IDP")))
                .allMatch(draft -> draft.currentCountry().equals("SYR"));
    }

    @Test
    void everyGovernorateIsAnOriginInProportionToItsCommunities() {
        Map<String, Integer> byGovernorate = new HashMap<>();
        for (BulkHousehold household : households) {
            String governorate = ReferencePlaces.GOVERNORATE_OF_COMMUNITY.get(
                    household.draft().originPcode());
            assertThat(governorate).isNotNull();
            byGovernorate.merge(governorate, 1, Integer::sum);
        }
        assertThat(byGovernorate).hasSize(14);
        byGovernorate.forEach((governorate, count) -> assertThat((double) count / households.size())
                .as(governorate)
                .isCloseTo(places.originShare(governorate), within(0.02)));
    }

    @Test
    void idpsLiveInAnotherGovernorateOrInACamp() {
        for (HouseholdDraft idp : drafts(draft -> draft.displacementStatus().equals("IDP"))) {
            if (idp.currentSite() != null) {
                assertThat(idp.currentSite()).startsWith("SYR-S-");
                assertThat(ReferencePlaces.SITES).contains(idp.currentSite());
            } else {
                assertThat(ReferencePlaces.GOVERNORATE_OF_COMMUNITY.get(idp.currentPcode()))
                        .isNotNull()
                        .isNotEqualTo(ReferencePlaces.GOVERNORATE_OF_COMMUNITY.get(idp.originPcode()));
            }
        }
        assertThat(drafts(draft -> "SYR-S-ALHOL".equals(draft.currentSite()))).isNotEmpty();
        assertThat(drafts(draft -> "JOR-S-ZAA".equals(draft.currentSite()))).isNotEmpty();
    }

    @Test
    void householdSizesAndHeadsLookLikeSyrianDisplacedFamilies() {
        double meanSize = members.size() / (double) households.size();
        assertThat(meanSize).isBetween(4.5, 5.0);
        assertThat(share(draft -> "f".equals(head(draft).sex()))).isBetween(0.18, 0.27);
        assertThat(share(draft -> draft.members().size() == 1)).isBetween(0.05, 0.15);
        assertThat(share(draft -> Boolean.TRUE.equals(draft.childHeaded()))).isBetween(0.003, 0.02);
        assertThat(share(draft -> draft.members().size() >= 8)).isBetween(0.03, 0.2);
    }

    @Test
    void everyHouseholdHasOneHeadAndAgesThatFitTheRelationships() {
        for (BulkHousehold household : households) {
            HouseholdDraft draft = household.draft();
            assertThat(draft.members())
                    .filteredOn(member -> member.relationship().equals("HEAD"))
                    .hasSize(1);
            MemberDraft head = head(draft);
            boolean childHeaded = Boolean.TRUE.equals(draft.childHeaded());
            assertThat(age(head) < 18).as("head under 18").isEqualTo(childHeaded);
            for (MemberDraft member : draft.members()) {
                int gap = birthYear(member) - birthYear(head);
                switch (member.relationship()) {
                    case "CHILD", "GRANDCHILD" -> {
                        assertThat(gap).isGreaterThanOrEqualTo(15);
                        spouse(draft)
                                .ifPresent(spouse -> assertThat(birthYear(member) - birthYear(spouse))
                                        .isGreaterThanOrEqualTo(15));
                    }
                    case "PARENT" -> assertThat(gap).isLessThanOrEqualTo(-15);
                    case "SPOUSE" ->
                        assertThat(TODAY.getYear() - birthYear(member)).isGreaterThanOrEqualTo(18);
                    default -> {}
                }
            }
        }
    }

    @Test
    void childrenOfAManCarryHisGivenNameAsFatherNameAndHisFamilyName() {
        int checked = 0;
        for (HouseholdDraft draft : drafts(draft -> "m".equals(head(draft).sex()))) {
            MemberDraft head = head(draft);
            for (MemberDraft child : draft.members()) {
                if (child.relationship().equals("CHILD") && child.givenNameAr() != null && head.givenNameAr() != null) {
                    assertThat(child.fatherNameAr()).isEqualTo(head.givenNameAr());
                    assertThat(child.familyNameAr()).isEqualTo(head.familyNameAr());
                    if (child.grandfatherNameAr() != null) {
                        assertThat(child.grandfatherNameAr()).isEqualTo(head.fatherNameAr());
                    }
                    checked++;
                }
            }
        }
        assertThat(checked).isGreaterThan(1_000);
    }

    @Test
    void namesAreInBothScriptsForMostAndInOneScriptForSome() {
        for (MemberDraft member : members) {
            List<String> arabic = nonNull(
                    member.givenNameAr(), member.fatherNameAr(), member.grandfatherNameAr(), member.familyNameAr());
            List<String> latin = nonNull(
                    member.givenNameLatin(),
                    member.fatherNameLatin(),
                    member.grandfatherNameLatin(),
                    member.familyNameLatin());
            assertThat(arabic.size() + latin.size()).isPositive();
            assertThat(arabic).allMatch(name -> ARABIC.matcher(name).matches());
            assertThat(latin).allMatch(name -> LATIN.matcher(name).matches());
        }
        assertThat(memberShare(member -> member.givenNameAr() != null && member.givenNameLatin() != null))
                .isBetween(0.55, 0.8);
        assertThat(memberShare(member -> member.givenNameLatin() == null)).isBetween(0.1, 0.35);
        assertThat(memberShare(member -> member.givenNameAr() == null)).isBetween(0.05, 0.2);
        Set<String> spellings = new HashSet<>();
        members.stream()
                .filter(member -> "محمد".equals(member.givenNameAr()) && member.givenNameLatin() != null)
                .forEach(member -> spellings.add(member.givenNameLatin()));
        assertThat(spellings).containsExactlyInAnyOrder("Mohammad", "Muhammad", "Mohamed", "Mohammed");
    }

    @Test
    void datesOfBirthAreMostlyExactAndSometimesAYearOrAnEstimate() {
        assertThat(memberShare(member -> member.dateOfBirth() != null)).isBetween(0.7, 0.9);
        assertThat(memberShare(member -> member.birthYear() != null)).isBetween(0.05, 0.2);
        assertThat(memberShare(member -> member.ageAtRegistration() != null)).isBetween(0.03, 0.15);
    }

    @Test
    void aboutOneInTenHasSpecificNeedsOfManyKinds() {
        assertThat(memberShare(member -> !member.specificNeeds().isEmpty())).isBetween(0.07, 0.13);
        Set<String> codes = new HashSet<>();
        members.forEach(member -> codes.addAll(member.specificNeeds()));
        assertThat(codes).hasSizeGreaterThanOrEqualTo(10);
    }

    @Test
    void documentsFitTheCountryAndAreObviouslySynthetic() {
        for (BulkHousehold household : households) {
            HouseholdDraft draft = household.draft();
            for (MemberDraft member : draft.members()) {
                for (MemberDraft.DocumentDraft document : member.documents()) {
                    assertThat(document.number()).startsWith("SYN-");
                    switch (document.type()) {
                        case "TEMPORARY_PROTECTION_ID" ->
                            assertThat(draft.currentCountry()).isEqualTo("TUR");
                        case "UNHCR_CERTIFICATE" ->
                            assertThat(draft.currentCountry()).isIn("LBN", "JOR", "IRQ", "EGY");
                        case "FAMILY_BOOKLET" ->
                            assertThat(member.relationship()).isEqualTo("HEAD");
                        case "NATIONAL_ID" ->
                            assertThat(TODAY.getYear() - birthYear(member)).isGreaterThanOrEqualTo(17);
                        default -> {}
                    }
                }
            }
        }
        assertThat(memberShare(member ->
                        member.documents().stream().anyMatch(d -> d.type().equals("NATIONAL_ID"))))
                .isBetween(0.2, 0.5);
    }

    @Test
    void everyHouseholdIsLabelledSyntheticAndMostHaveConsent() {
        assertThat(households)
                .allMatch(household ->
                        SyntheticRegistry.NOTE.equals(household.draft().notes()));
        assertThat(households)
                .allMatch(
                        household -> List.of("SARC", "UNHCR", "IOM", "DEMO-NGO").contains(household.organisation()));
        assertThat((double) households.stream()
                                .filter(h -> !h.consents().isEmpty())
                                .count()
                        / households.size())
                .isBetween(0.9, 0.99);
        assertThat(households.stream()
                        .flatMap(h -> h.consents().stream())
                        .filter(c -> c.consent().purpose().equals("SHARING")))
                .isNotEmpty()
                .allMatch(c -> c.consent().partnerOrganisation().equals("DEMO-NGO"));
    }

    private static MemberDraft head(HouseholdDraft draft) {
        return draft.members().stream()
                .filter(member -> member.relationship().equals("HEAD"))
                .findFirst()
                .orElseThrow();
    }

    private static java.util.Optional<MemberDraft> spouse(HouseholdDraft draft) {
        return draft.members().stream()
                .filter(member -> member.relationship().equals("SPOUSE"))
                .findFirst();
    }

    /** The age the registry's validator sees: from the exact date, else from the year. */
    private static int age(MemberDraft member) {
        if (member.dateOfBirth() != null) {
            return java.time.Period.between(member.dateOfBirth(), TODAY).getYears();
        }
        return TODAY.getYear() - birthYear(member);
    }

    /** The birth year the registry derives from a date, a year or an age at registration. */
    private static int birthYear(MemberDraft member) {
        if (member.dateOfBirth() != null) {
            return member.dateOfBirth().getYear();
        }
        return member.birthYear() != null ? member.birthYear() : TODAY.getYear() - member.ageAtRegistration();
    }

    private static List<HouseholdDraft> drafts(Predicate<HouseholdDraft> filter) {
        return households.stream().map(BulkHousehold::draft).filter(filter).toList();
    }

    private static double share(Predicate<HouseholdDraft> filter) {
        return drafts(filter).size() / (double) households.size();
    }

    private static double memberShare(Predicate<MemberDraft> filter) {
        return members.stream().filter(filter).count() / (double) members.size();
    }

    private static List<String> nonNull(String... values) {
        return java.util.Arrays.stream(values)
                .filter(java.util.Objects::nonNull)
                .toList();
    }
}
