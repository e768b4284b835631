package org.homeward.registry.web;

import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.function.Function;
import org.homeward.registry.HouseholdRecord;
import org.homeward.registry.Relationship;
import org.homeward.registry.SpecificNeed;

/**
 * One member as the household page shows a full record: names in both scripts side by side, birth with its
 * precision ({@code EXACT} date, {@code YEAR}, {@code ESTIMATED} from an age, {@code UNKNOWN}).
 */
record MemberRow(
        int position,
        UUID id,
        String nameAr,
        String nameLatin,
        String sex,
        String ageGroup,
        String birth,
        String birthPrecision,
        Relationship relationship,
        String nationality,
        List<String> needs,
        List<DocumentRow> documents) {

    record DocumentRow(String type, String number, String issuingCountry) {}

    static MemberRow of(
            int index,
            HouseholdRecord.Member member,
            PlaceLabels places,
            Function<SpecificNeed, String> needLabel,
            Locale locale) {
        return new MemberRow(
                index + 1,
                member.id(),
                HouseholdRow.nameAr(member),
                HouseholdRow.nameLatin(member),
                member.sex(),
                member.ageGroup(),
                birth(member),
                member.birthPrecision(),
                member.relationship(),
                places.country(member.nationality(), locale),
                member.specificNeeds().stream().map(needLabel).toList(),
                member.documents().stream()
                        .map(document -> new DocumentRow(
                                document.type().name(),
                                document.number(),
                                places.country(document.issuingCountry(), locale)))
                        .toList());
    }

    private static String birth(HouseholdRecord.Member member) {
        if (member.dateOfBirth() != null) {
            return member.dateOfBirth().toString();
        }
        return member.birthYear() == null ? null : member.birthYear().toString();
    }
}
