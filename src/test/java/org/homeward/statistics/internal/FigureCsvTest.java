package org.homeward.statistics.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.time.LocalDate;
import org.homeward.statistics.ImportReport.ImportProblem;
import org.junit.jupiter.api.Test;

class FigureCsvTest {

    static final String HEADER =
            "reported_on,publisher,speaker,indicator,scope,period_start,period_end,value,qualifier,note\n";

    @Test
    void readsTheColumnsOfReportedFiguresCsv() {
        FigureCsv.Parsed parsed = FigureCsv.read(new StringReader(HEADER
                + "2021-11-17,Islam Times,Mikhail Mizintsev,returnees_idp,Syria,2018-01-01,2021-11-16,1372000,exact,"
                + "\"displaced inside the country\"\n"));

        assertThat(parsed.problems()).isEmpty();
        FigureCsv.Row row = parsed.rows().getFirst();
        assertThat(row.line()).isEqualTo(2);
        assertThat(row.draft().value()).isEqualTo(1_372_000L);
        assertThat(row.draft().area()).isEqualTo("Syria");
        assertThat(row.draft().periodEnd()).isEqualTo(LocalDate.of(2021, 11, 16));
        assertThat(row.draft().note()).isEqualTo("displaced inside the country");
    }

    @Test
    void namesLineColumnValueAndExpectationOfWhatItCannotRead() {
        FigureCsv.Parsed parsed = FigureCsv.read(new StringReader(HEADER
                + "2021-11-17,A,,returnees_idp,SYR,2018-01-01,2021-11-16,1000,exact,\n"
                + "2021-11-17,A,,returnees_idp,SYR,2018-01-01,16/11/2021,12k,exact,\n"));

        assertThat(parsed.rows().get(1).problems())
                .containsExactly(
                        new ImportProblem(
                                3,
                                "value",
                                "12k",
                                "a whole number of people, 0 or more, in digits only" + " (2350000)"),
                        new ImportProblem(3, "period_end", "16/11/2021", "a date as YYYY-MM-DD"));
    }

    @Test
    void refusesAnUnknownColumnAndNamesMissingOnes() {
        FigureCsv.Parsed parsed = FigureCsv.read(new StringReader("reported_on,publisher,figure\n2021-01-01,A,3\n"));

        assertThat(parsed.problems())
                .extracting(ImportProblem::column)
                .contains("figure", "indicator", "scope", "period_start", "period_end", "value");
        assertThat(parsed.problems()).allSatisfy(p -> assertThat(p.row()).isEqualTo(1));
    }

    @Test
    void acceptsAreaForScopeAndColumnsInAnyOrder() {
        FigureCsv.Parsed parsed = FigureCsv.read(new StringReader(
                "value,indicator,area,period_start,period_end,publisher,reported_on\n5,idps,SY07,2020-01-01,"
                        + "2020-12-31,OCHA,2021-01-10\n"));

        assertThat(parsed.problems()).isEmpty();
        assertThat(parsed.rows().getFirst().draft().area()).isEqualTo("SY07");
        assertThat(FigureCsv.columnOf("area", parsed.rows().getFirst().cells())).isEqualTo("area");
    }

    @Test
    void reportsARowWithTooFewFields() {
        FigureCsv.Parsed parsed = FigureCsv.read(new StringReader(HEADER + "2021-11-17,A\n"));

        assertThat(parsed.rows().getFirst().problems())
                .first()
                .isEqualTo(new ImportProblem(2, null, "2 fields", "10 fields, as many as the header has"));
    }
}
