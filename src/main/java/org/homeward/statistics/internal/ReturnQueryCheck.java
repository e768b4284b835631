package org.homeward.statistics.internal;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.homeward.geography.Area;
import org.homeward.geography.Country;
import org.homeward.geography.CrossingPoint;
import org.homeward.geography.Gazetteer;
import org.homeward.registry.AgeGroup;
import org.homeward.registry.Sex;
import org.homeward.registry.SpecificNeed;
import org.homeward.returns.DisplacementType;
import org.homeward.shared.InvalidParameterException;
import org.homeward.statistics.ReturnDimension;
import org.homeward.statistics.ReturnQuery;
import org.springframework.stereotype.Component;

/**
 * Checks a breakdown's period and filter values against the gazetteer and the code lists, and writes each value
 * as the roll-ups store it (P-codes and codes in upper case, ISO2 countries as ISO3). A refusal names the
 * parameter and what it accepts.
 */
@Component
class ReturnQueryCheck {

    private final Gazetteer gazetteer;

    ReturnQueryCheck(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    ReturnQuery checked(ReturnQuery query) {
        if (query.to().isBefore(query.from())) {
            throw new InvalidParameterException("from", query.from(), "a day on or before 'to' (" + query.to() + ")");
        }
        Map<ReturnDimension, Set<String>> filters = new java.util.EnumMap<>(ReturnDimension.class);
        query.filters().forEach((dimension, values) -> {
            Set<String> normalised = new LinkedHashSet<>();
            for (String value : values) {
                normalised.add(value(dimension, value.strip()));
            }
            filters.put(dimension, normalised);
        });
        return new ReturnQuery(query.from(), query.to(), query.groupBy(), filters);
    }

    private String value(ReturnDimension dimension, String value) {
        String upper = value.toUpperCase(Locale.ROOT);
        return switch (dimension) {
            case ADM1 -> area(dimension, upper, Area.GOVERNORATE, "a governorate P-code such as SY07");
            case ADM2 -> area(dimension, upper, Area.DISTRICT, "a district P-code such as SY0703");
            case ADM3 -> area(dimension, upper, Area.SUB_DISTRICT, "a sub-district P-code such as SY070301");
            case FROM_ADM1 -> area(dimension, upper, Area.GOVERNORATE, "a governorate P-code such as SY07");
            case COUNTRY ->
                gazetteer
                        .country(value)
                        .map(Country::iso3)
                        .orElseThrow(() -> refused(dimension, value, "an ISO 3166-1 country code such as LBN or TUR"));
            case CROSSING ->
                gazetteer
                        .crossingPoint(value)
                        .or(() -> gazetteer.crossingPoint(upper))
                        .map(CrossingPoint::code)
                        .orElseThrow(() -> refused(
                                dimension,
                                value,
                                "a crossing point code (see /api/v1/geography/crossing-points): "
                                        + gazetteer.crossingPoints().stream()
                                                .map(CrossingPoint::code)
                                                .collect(Collectors.joining(", "))));
            case SEX -> oneOf(dimension, value.toLowerCase(Locale.ROOT), codes(Sex.values(), Sex::code));
            case AGE_GROUP ->
                oneOf(dimension, value.toLowerCase(Locale.ROOT), codes(AgeGroup.values(), AgeGroup::label));
            case TYPE -> oneOf(dimension, upper, codes(DisplacementType.values(), DisplacementType::name));
            case NEED -> oneOf(dimension, upper, codes(SpecificNeed.values(), SpecificNeed::name) + ", NONE");
            case MONTH, QUARTER, YEAR ->
                throw refused(dimension, value, "no value: a period is chosen with 'from' and 'to'");
        };
    }

    private String area(ReturnDimension dimension, String pcode, int level, String expected) {
        return gazetteer
                .find(pcode)
                .filter(area -> area.level() == level)
                .map(Area::pcode)
                .orElseThrow(() -> refused(dimension, pcode, expected + " of the current gazetteer"));
    }

    private static String oneOf(ReturnDimension dimension, String value, String allowed) {
        if (!Arrays.asList(allowed.split(", ")).contains(value)) {
            throw refused(dimension, value, "one of " + allowed);
        }
        return value;
    }

    private static <T> String codes(T[] values, Function<T, String> code) {
        return Arrays.stream(values).map(code).collect(Collectors.joining(", "));
    }

    private static InvalidParameterException refused(ReturnDimension dimension, String value, String expected) {
        return new InvalidParameterException(dimension.code(), value, expected);
    }
}
