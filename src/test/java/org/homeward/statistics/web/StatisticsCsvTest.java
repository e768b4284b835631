package org.homeward.statistics.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.homeward.statistics.ReturnBreakdown;
import org.homeward.statistics.ReturnDimension;
import org.junit.jupiter.api.Test;

class StatisticsCsvTest {

    @Test
    void hxlTurnsTypeSexAndAgeIntoAttributesWithAColumnPerCombination() {
        ReturnBreakdown breakdown = new ReturnBreakdown(
                List.of(ReturnDimension.ADM1, ReturnDimension.SEX, ReturnDimension.AGE_GROUP),
                List.of(row("SY07", "f", "18-59", 12), row("SY07", "m", "60+", 3), row("SY08", "f", "18-59", 5)),
                20);

        List<String> lines = StatisticsCsv.breakdownHxl(breakdown).lines().toList();

        assertThat(lines)
                .containsExactly(
                        "adm1,returns f 18-59,returns m 60+",
                        // FastCSV quotes a record's first field when it starts with #, lest it read as a comment
                        "\"#adm1+code\",#affected+returnees+ind+f+age18_59,#affected+returnees+ind+m+age60plus",
                        "SY07,12,3",
                        "SY08,5,0");
    }

    @Test
    void unknownValuesAreEmptyCellsInCsvAndUnknownAttributesInHxl() {
        assertThat(StatisticsCsv.attribute(ReturnDimension.AGE_GROUP, null)).isEqualTo("+ageunknown");
        assertThat(StatisticsCsv.attribute(ReturnDimension.TYPE, "IDP")).isEqualTo("+idps");
        ReturnBreakdown breakdown = new ReturnBreakdown(
                List.of(ReturnDimension.CROSSING), List.of(new ReturnBreakdown.Row(nullCrossing(), 4)), 4);
        assertThat(StatisticsCsv.breakdown(breakdown).lines().toList()).containsExactly("crossing,returns", ",4");
    }

    private static Map<ReturnDimension, String> nullCrossing() {
        Map<ReturnDimension, String> values = new java.util.EnumMap<>(ReturnDimension.class);
        values.put(ReturnDimension.CROSSING, null);
        return values;
    }

    private static ReturnBreakdown.Row row(String adm1, String sex, String age, long returns) {
        return new ReturnBreakdown.Row(
                Map.of(ReturnDimension.ADM1, adm1, ReturnDimension.SEX, sex, ReturnDimension.AGE_GROUP, age), returns);
    }
}
