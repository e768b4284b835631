package org.homeward.exchange.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.homeward.exchange.internal.ExcelValues.Kind;
import org.junit.jupiter.api.Test;

class ExcelValuesTest {

    @Test
    void numbersReadAsWrittenWithoutExponentOrTrailingZeros() {
        assertThat(ExcelValues.number("100")).isEqualTo("100");
        assertThat(ExcelValues.number("1.50")).isEqualTo("1.5");
        assertThat(ExcelValues.number("9.63912345678E+11")).isEqualTo("963912345678");
        assertThat(ExcelValues.number("1E-3")).isEqualTo("0.001");
        assertThat(ExcelValues.number("0.0")).isEqualTo("0");
        assertThat(ExcelValues.number("1E+999999")).isEqualTo("1E+999999");
        assertThat(ExcelValues.number("n/a")).isEqualTo("n/a");
    }

    @Test
    void serialsBecomeIsoDatesInBothDateSystems() {
        assertThat(ExcelValues.dateTime("1", Kind.DATE, false)).isEqualTo("1900-01-01");
        assertThat(ExcelValues.dateTime("59", Kind.DATE, false)).isEqualTo("1900-02-28");
        assertThat(ExcelValues.dateTime("61", Kind.DATE, false)).isEqualTo("1900-03-01");
        assertThat(ExcelValues.dateTime("45366", Kind.DATE, false)).isEqualTo("2024-03-15");
        assertThat(ExcelValues.dateTime("43904", Kind.DATE, true)).isEqualTo("2024-03-15");
        assertThat(ExcelValues.dateTime("45366.25", Kind.DATE_TIME, false)).isEqualTo("2024-03-15T06:00:00");
        assertThat(ExcelValues.dateTime("0.5", Kind.TIME, false)).isEqualTo("12:00:00");
        assertThat(ExcelValues.dateTime("-1", Kind.DATE, false)).isEqualTo("-1");
    }

    @Test
    void customFormatsAreDatesOnlyWhenTheyShowDateParts() {
        assertThat(CellFormats.ofCode("dd/mm/yyyy")).isEqualTo(Kind.DATE);
        assertThat(CellFormats.ofCode("[$-401]dd/mm/yyyy hh:mm")).isEqualTo(Kind.DATE_TIME);
        assertThat(CellFormats.ofCode("h:mm AM/PM")).isEqualTo(Kind.TIME);
        assertThat(CellFormats.ofCode("[Red]#,##0.00")).isEqualTo(Kind.NUMBER);
        assertThat(CellFormats.ofCode("\"days\" 0")).isEqualTo(Kind.NUMBER);
        assertThat(CellFormats.ofCode("General")).isEqualTo(Kind.NUMBER);
        assertThat(CellFormats.builtIn(14)).isEqualTo(Kind.DATE);
        assertThat(CellFormats.builtIn(22)).isEqualTo(Kind.DATE_TIME);
        assertThat(CellFormats.builtIn(3)).isEqualTo(Kind.NUMBER);
    }

    @Test
    void officeEscapesOfControlCharactersAreDecoded() {
        assertThat(ExcelValues.unescape("a_x000D_b_x000A_c")).isEqualTo("a\rb\nc");
        assertThat(ExcelValues.unescape("snake_case_name")).isEqualTo("snake_case_name");
    }
}
