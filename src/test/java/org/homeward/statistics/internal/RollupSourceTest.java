package org.homeward.statistics.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.homeward.statistics.ReturnDimension.ADM1;
import static org.homeward.statistics.ReturnDimension.ADM2;
import static org.homeward.statistics.ReturnDimension.ADM3;
import static org.homeward.statistics.ReturnDimension.AGE_GROUP;
import static org.homeward.statistics.ReturnDimension.COUNTRY;
import static org.homeward.statistics.ReturnDimension.MONTH;
import static org.homeward.statistics.ReturnDimension.NEED;
import static org.homeward.statistics.ReturnDimension.SEX;
import static org.homeward.statistics.ReturnDimension.TYPE;
import static org.homeward.statistics.ReturnDimension.YEAR;

import java.util.List;
import org.junit.jupiter.api.Test;

class RollupSourceTest {

    @Test
    void needBreakdownsReadTheNeedRollUpUnlessTheyAskForFinerAreas() {
        assertThat(RollupSource.smallestFor(List.of(NEED, SEX))).isEqualTo(RollupSource.NEEDS);
        assertThat(RollupSource.smallestFor(List.of(NEED, ADM1, MONTH, TYPE, AGE_GROUP)))
                .isEqualTo(RollupSource.NEEDS);
        assertThat(RollupSource.smallestFor(List.of(NEED, ADM2))).isEqualTo(RollupSource.FINE);
        assertThat(RollupSource.smallestFor(List.of(NEED, COUNTRY))).isEqualTo(RollupSource.FINE);
    }

    @Test
    void breakdownsWithoutNeedKeepTheirSmallerRollUps() {
        assertThat(RollupSource.smallestFor(List.of(ADM1, YEAR, TYPE))).isEqualTo(RollupSource.GOVERNORATES);
        assertThat(RollupSource.smallestFor(List.of(ADM2, SEX))).isEqualTo(RollupSource.DISTRICTS);
        assertThat(RollupSource.smallestFor(List.of(ADM3))).isEqualTo(RollupSource.FINE);
    }
}
