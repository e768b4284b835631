package org.homeward.statistics;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import org.homeward.registry.AgeGroup;

/**
 * What returns can be broken down and filtered by. {@link #code()} is the name in {@code groupBy}, in filter
 * parameters and in answer rows; {@link #hxl()} the HXL hashtag of its column in HXL-tagged CSV.
 */
public enum ReturnDimension {
    /** Destination governorate, P-code. */
    ADM1("adm1", "#adm1+code"),
    /** Destination district, P-code. */
    ADM2("adm2", "#adm2+code"),
    /** Destination sub-district, P-code. */
    ADM3("adm3", "#adm3+code"),
    /** Governorate the return departed from (IDP returns; refugee returns departing from a camp in Syria). */
    FROM_ADM1("fromAdm1", "#adm1+code+departure"),
    /** Country of asylum (ISO 3166-1 alpha-3) the return departed from; SYR for IDP returns. */
    COUNTRY("country", "#country+asylum+code"),
    /** Crossing point code (refugee returns). */
    CROSSING("crossing", "#loc+crossing+code"),
    /** Month of arrival, YYYY-MM. */
    MONTH("month", "#date+month"),
    /** Quarter of arrival, YYYY-Qn. */
    QUARTER("quarter", "#date+quarter"),
    /** Year of arrival, YYYY. */
    YEAR("year", "#date+year"),
    /** Sex: f, m, x (other), u (unknown). */
    SEX("sex", "#indicator+sex"),
    /** Age group at arrival: 0-4, 5-11, 12-17, 18-59, 60+, unknown. */
    AGE_GROUP("ageGroup", "#indicator+age"),
    /** Displacement type: REFUGEE (crossed an international border inbound) or IDP. */
    TYPE("type", "#indicator+type"),
    /** Specific need category (UNHCR code), NONE for people without one; a person counts under each need. */
    NEED("need", "#indicator+need+code");

    private final String code;
    private final String hxl;

    ReturnDimension(String code, String hxl) {
        this.code = code;
        this.hxl = hxl;
    }

    public String code() {
        return code;
    }

    public String hxl() {
        return hxl;
    }

    /** How values are ordered in answers: age groups youngest first, else alphabetically; unknown (null) last. */
    public Comparator<String> valueOrder() {
        if (this == AGE_GROUP) {
            List<String> ages =
                    Arrays.stream(AgeGroup.values()).map(AgeGroup::label).toList();
            return Comparator.nullsLast(Comparator.comparingInt(ages::indexOf));
        }
        return Comparator.nullsLast(Comparator.naturalOrder());
    }

    /** True for the dimensions of the arrival date. */
    public boolean isPeriod() {
        return this == MONTH || this == QUARTER || this == YEAR;
    }

    public static Optional<ReturnDimension> ofCode(String code) {
        if (code == null) {
            return Optional.empty();
        }
        String wanted = code.strip().toLowerCase(Locale.ROOT);
        return Arrays.stream(values())
                .filter(dimension -> dimension.code.toLowerCase(Locale.ROOT).equals(wanted))
                .findFirst();
    }

    /** All codes, comma-separated: what a refusal lists. */
    public static String codes() {
        return Arrays.stream(values()).map(ReturnDimension::code).collect(Collectors.joining(", "));
    }
}
