package org.homeward.registry.web;

import java.util.Locale;
import java.util.UUID;
import org.homeward.registry.DisplacementStatus;
import org.homeward.registry.HouseholdRecord;
import org.homeward.registry.HouseholdView;
import org.homeward.registry.PseudonymisedHousehold;
import org.homeward.registry.Relationship;

/**
 * One line of the household list. For a pseudonymised household the head's names are null (the page shows
 * "—"): only what {@link PseudonymisedHousehold} carries is used.
 */
record HouseholdRow(
        UUID id,
        String reference,
        boolean pseudonymised,
        String headNameAr,
        String headNameLatin,
        DisplacementStatus status,
        String origin,
        String location,
        int members) {

    static HouseholdRow of(HouseholdView view, PlaceLabels places, Locale locale) {
        return switch (view) {
            case HouseholdRecord full -> {
                HouseholdRecord.Member head = full.members().stream()
                        .filter(member -> member.relationship() == Relationship.HEAD)
                        .findFirst()
                        .orElse(full.members().isEmpty() ? null : full.members().getFirst());
                yield new HouseholdRow(
                        full.id(),
                        full.reference(),
                        false,
                        head == null ? null : nameAr(head),
                        head == null ? null : nameLatin(head),
                        full.displacementStatus(),
                        places.area(full.originPcode(), locale),
                        location(
                                places,
                                locale,
                                full.currentLocality(),
                                full.currentPcode(),
                                full.currentSite(),
                                full.currentCountry()),
                        full.members().size());
            }
            case PseudonymisedHousehold pseudonymised ->
                new HouseholdRow(
                        pseudonymised.id(),
                        pseudonymised.reference(),
                        true,
                        null,
                        null,
                        pseudonymised.displacementStatus(),
                        places.area(pseudonymised.originPcode(), locale),
                        location(
                                places,
                                locale,
                                null,
                                pseudonymised.currentPcode(),
                                pseudonymised.currentSite(),
                                pseudonymised.currentCountry()),
                        pseudonymised.members().size());
        };
    }

    static String nameAr(HouseholdRecord.Member member) {
        return Texts.joined(
                member.givenNameAr(), member.fatherNameAr(), member.grandfatherNameAr(), member.familyNameAr());
    }

    static String nameLatin(HouseholdRecord.Member member) {
        return Texts.joined(
                member.givenNameLatin(),
                member.fatherNameLatin(),
                member.grandfatherNameLatin(),
                member.familyNameLatin());
    }

    /** The most precise place first: site or camp, area, locality as typed, then the country. */
    static String location(
            PlaceLabels places, Locale locale, String locality, String pcode, String site, String country) {
        return String.join(
                " · ",
                java.util.stream.Stream.of(
                                places.site(site, locale),
                                places.area(pcode, locale),
                                locality,
                                places.country(country, locale))
                        .filter(part -> part != null && !part.isBlank())
                        .toList());
    }
}
