package se.spegel.schema.output;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CsvCellsTest {

    @ParameterizedTest
    @ValueSource(
            strings = {
                "=1+1",
                "+x",
                "-x",
                "@x",
                "=HYPERLINK(\"http://evil\")",
                "\tx",
                "\rx",
                "\uFF1DHYPERLINK(\"http://evil\")",
                "\uFF0Bx",
                "\uFF0Dx",
                "\uFF20x",
                "\uFE62x",
                "\uFE63x"
            })
    void cellsThatWouldStartAFormulaGetALeadingApostrophe(String text) {
        String cell = CsvCells.neutraliseFormula(text);
        assertThat(cell).isEqualTo("'" + text);
        assertThat(CsvCells.restoreFormula(cell)).isEqualTo(text);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "x", "Malmö", "1+1", "'", "'x", "a=b"})
    void ordinaryTextIsLeftAlone(String text) {
        assertThat(CsvCells.neutraliseFormula(text)).isEqualTo(text);
        assertThat(CsvCells.restoreFormula(text)).isEqualTo(text);
    }

    @ParameterizedTest
    @ValueSource(strings = {"'=1+1", "''=x", "'-x", "'@"})
    void textThatAlreadyLooksEscapedSurvivesTheRoundTrip(String text) {
        assertThat(CsvCells.neutraliseFormula(text)).isEqualTo("'" + text);
        assertThat(CsvCells.restoreFormula(CsvCells.neutraliseFormula(text))).isEqualTo(text);
    }

    @Test
    void stringColumnsAreNeutralisedButNumbersAreNot() {
        assertThat(CsvCells.format("=1+1", ColumnType.STRING)).isEqualTo("'=1+1");
        assertThat(CsvCells.format("-x", ColumnType.STRING)).isEqualTo("'-x");
        assertThat(CsvCells.format(-0.25, ColumnType.DOUBLE)).isEqualTo("-0.25");
        assertThat(CsvCells.format(-3L, ColumnType.LONG)).isEqualTo("-3");
        assertThat(CsvCells.format(-3, ColumnType.INT)).isEqualTo("-3");
        assertThat(CsvCells.format(true, ColumnType.BOOLEAN)).isEqualTo("true");
    }

    @Test
    void nullIsAnEmptyCellInEveryType() {
        for (ColumnType type : ColumnType.values()) {
            assertThat(CsvCells.format(null, type)).as(type.name()).isEmpty();
        }
    }

    @Test
    void doublesPrintWithoutExponentDownToOneMillionth() {
        assertThat(CsvCells.format(1e-6, ColumnType.DOUBLE)).isEqualTo("0.000001");
        assertThat(CsvCells.format(2.5e-5, ColumnType.DOUBLE)).isEqualTo("0.000025");
        assertThat(CsvCells.format(1e21, ColumnType.DOUBLE)).isEqualTo("1000000000000000000000");
        assertThat(CsvCells.format(12345678.9, ColumnType.DOUBLE)).isEqualTo("12345678.9");
        assertThat(CsvCells.format(0.0, ColumnType.DOUBLE)).isEqualTo("0");
        assertThat(CsvCells.format(-0.0, ColumnType.DOUBLE)).isEqualTo("0");
        assertThat(CsvCells.format(2.0, ColumnType.DOUBLE)).isEqualTo("2");
        assertThat(CsvCells.format(1.0 / 3, ColumnType.DOUBLE)).isEqualTo("0.3333333333333333");
    }

    @Test
    void tinyValuesSuchAsPValuesUseExponentNotation() {
        assertThat(CsvCells.format(1e-10, ColumnType.DOUBLE)).isEqualTo("1.0E-10");
        assertThat(CsvCells.format(3.9e-157, ColumnType.DOUBLE)).isEqualTo("3.9E-157");
        assertThat(CsvCells.format(-1.5e-7, ColumnType.DOUBLE)).isEqualTo("-1.5E-7");
    }

    @Test
    void doublesUseAPointAndKeepAtLeastSixSignificantDigits() {
        assertThat(CsvCells.format(0.123456789, ColumnType.DOUBLE))
                .isEqualTo("0.123456789")
                .doesNotContain(",");
        assertThat(CsvCells.format(0.000123456, ColumnType.DOUBLE)).isEqualTo("0.000123456");
    }

    @Test
    void nanAndInfinityAreEmptyCells() {
        assertThat(CsvCells.format(Double.NaN, ColumnType.DOUBLE)).isEmpty();
        assertThat(CsvCells.format(Double.POSITIVE_INFINITY, ColumnType.DOUBLE)).isEmpty();
    }

    @Test
    void cellsWithCommasQuotesOrLineBreaksAreQuoted() {
        assertThat(CsvCells.quote("plain")).isEqualTo("plain");
        assertThat(CsvCells.quote("")).isEqualTo("");
        assertThat(CsvCells.quote("a,b")).isEqualTo("\"a,b\"");
        assertThat(CsvCells.quote("say \"hej\"")).isEqualTo("\"say \"\"hej\"\"\"");
        assertThat(CsvCells.quote("two\nlines")).isEqualTo("\"two\nlines\"");
        assertThat(CsvCells.quote("cr\rhere")).isEqualTo("\"cr\rhere\"");
    }
}
