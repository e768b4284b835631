package org.homeward.exchange.export;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.homeward.exchange.ExportColumn;
import org.homeward.geography.Area;
import org.homeward.geography.Gazetteer;
import org.homeward.registry.HouseholdRecord;
import org.homeward.registry.PseudonymisedHousehold;

/**
 * Household exports have one row per member, so that sex and age group can be counted in any spreadsheet. The
 * pseudonymised columns are a prefix of the personal ones: a tool reading one reads the other.
 */
final class HouseholdColumns {

    static final List<ExportColumn> PSEUDONYMISED = List.of(
            ExportColumn.of("householdReference", "#beneficiary+household+code"),
            ExportColumn.of("member", "#beneficiary+member+num"),
            ExportColumn.of("sex", "#beneficiary+sex"),
            ExportColumn.of("ageGroup", "#beneficiary+age_group"),
            ExportColumn.of("displacementStatus", "#status+displacement"),
            ExportColumn.of("originAdm1", "#adm1+code+origin"),
            ExportColumn.of("originPcode", "#loc+code+origin"),
            ExportColumn.of("currentCountry", "#country+code+current"),
            ExportColumn.of("currentAdm1", "#adm1+code+current"),
            ExportColumn.of("currentPcode", "#loc+code+current"),
            ExportColumn.of("currentSite", "#loc+site+code+current"));

    static final List<ExportColumn> PERSONAL = with(
            PSEUDONYMISED,
            ExportColumn.of("organisation", "#org+code"),
            ExportColumn.of("personId", "#beneficiary+person+id"),
            ExportColumn.of("relationship"),
            ExportColumn.of("givenNameAr", "#beneficiary+name+given+i_ar"),
            ExportColumn.of("fatherNameAr", "#beneficiary+name+father+i_ar"),
            ExportColumn.of("grandfatherNameAr", "#beneficiary+name+grandfather+i_ar"),
            ExportColumn.of("familyNameAr", "#beneficiary+name+family+i_ar"),
            ExportColumn.of("givenNameLatin", "#beneficiary+name+given+i_en"),
            ExportColumn.of("fatherNameLatin", "#beneficiary+name+father+i_en"),
            ExportColumn.of("grandfatherNameLatin", "#beneficiary+name+grandfather+i_en"),
            ExportColumn.of("familyNameLatin", "#beneficiary+name+family+i_en"),
            ExportColumn.of("dateOfBirth", "#date+birth"),
            ExportColumn.of("birthYear"),
            ExportColumn.of("nationality", "#country+code+nationality"),
            ExportColumn.of("specificNeeds", "#beneficiary+needs"),
            ExportColumn.of("documents"),
            ExportColumn.of("currentLocality", "#loc+name+current"),
            ExportColumn.of("dateDisplaced", "#date+displaced"),
            ExportColumn.of("childHeaded"),
            ExportColumn.of("phone", "#contact+phone"),
            ExportColumn.of("notes", "#meta+notes"));

    private final Gazetteer gazetteer;

    HouseholdColumns(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    /** One row per member; a household without members still gets a row. */
    List<List<?>> rows(PseudonymisedHousehold household) {
        List<List<?>> rows = new ArrayList<>();
        List<PseudonymisedHousehold.Member> members = household.members();
        for (int i = 0; i < Math.max(1, members.size()); i++) {
            PseudonymisedHousehold.Member member = i < members.size() ? members.get(i) : null;
            rows.add(common(
                    household.reference(),
                    member == null ? null : i + 1,
                    member == null ? null : member.sex(),
                    member == null ? null : member.ageGroup(),
                    household.displacementStatus(),
                    household.originPcode(),
                    household.currentCountry(),
                    household.currentPcode(),
                    household.currentSite()));
        }
        return rows;
    }

    List<List<?>> rows(HouseholdRecord household) {
        List<List<?>> rows = new ArrayList<>();
        List<HouseholdRecord.Member> members = household.members();
        for (int i = 0; i < Math.max(1, members.size()); i++) {
            HouseholdRecord.Member member = i < members.size() ? members.get(i) : null;
            List<Object> row = common(
                    household.reference(),
                    member == null ? null : i + 1,
                    member == null ? null : member.sex(),
                    member == null ? null : member.ageGroup(),
                    household.displacementStatus(),
                    household.originPcode(),
                    household.currentCountry(),
                    household.currentPcode(),
                    household.currentSite());
            row.add(household.organisation());
            row.addAll(member == null ? nulls(15) : personal(member));
            row.add(household.currentLocality());
            row.add(household.dateDisplaced());
            row.add(household.childHeaded());
            row.add(household.phone());
            row.add(household.notes());
            rows.add(row);
        }
        return rows;
    }

    private List<Object> common(
            String reference,
            Integer member,
            String sex,
            String ageGroup,
            Object status,
            String origin,
            String country,
            String pcode,
            String site) {
        List<Object> row = new ArrayList<>();
        row.add(reference);
        row.add(member);
        row.add(sex);
        row.add(ageGroup);
        row.add(status);
        row.add(adm1(origin));
        row.add(origin);
        row.add(country);
        row.add(adm1(pcode));
        row.add(pcode);
        row.add(site);
        return row;
    }

    private static List<Object> personal(HouseholdRecord.Member member) {
        List<Object> values = new ArrayList<>();
        values.add(member.id());
        values.add(member.relationship());
        values.add(member.givenNameAr());
        values.add(member.fatherNameAr());
        values.add(member.grandfatherNameAr());
        values.add(member.familyNameAr());
        values.add(member.givenNameLatin());
        values.add(member.fatherNameLatin());
        values.add(member.grandfatherNameLatin());
        values.add(member.familyNameLatin());
        values.add(member.dateOfBirth());
        values.add(member.birthYear());
        values.add(member.nationality());
        values.add(joined(member.specificNeeds(), Enum::name));
        values.add(joined(
                member.documents(),
                document -> document.type() + ":" + document.number()
                        + (document.issuingCountry() == null ? "" : ":" + document.issuingCountry())));
        return values;
    }

    private String adm1(String pcode) {
        if (pcode == null) {
            return null;
        }
        return gazetteer.find(pcode).map(Area::adm1Pcode).orElse(null);
    }

    private static <T> String joined(List<T> values, Function<T, String> text) {
        return values.isEmpty() ? null : values.stream().map(text).collect(Collectors.joining(";"));
    }

    private static List<Object> nulls(int count) {
        List<Object> values = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            values.add(null);
        }
        return values;
    }

    private static List<ExportColumn> with(List<ExportColumn> first, ExportColumn... more) {
        List<ExportColumn> all = new ArrayList<>(first);
        all.addAll(List.of(more));
        return List.copyOf(all);
    }
}
