package se.spegel.schema.input.xlsx;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ExcelCellTextTest {
    private static final int GENERAL = 0;

    @Test
    void wholeNumbersHaveNoDecimalPart() {
        assertThat(ExcelCellText.text(1984.0, GENERAL, "General", false)).isEqualTo("1984");
        assertThat(ExcelCellText.text(-3.0, GENERAL, "General", false)).isEqualTo("-3");
        assertThat(ExcelCellText.text(0.0, GENERAL, "0.00", false)).isEqualTo("0");
    }

    @Test
    void otherNumbersKeepExcelsFifteenDigitsWhateverTheDisplayFormat() {
        assertThat(ExcelCellText.text(1.25, 2, "0.0", false)).isEqualTo("1.25");
        assertThat(ExcelCellText.text(0.1 + 0.2, GENERAL, "General", false)).isEqualTo("0.3");
        assertThat(ExcelCellText.text(1e-7, GENERAL, "General", false)).isEqualTo("0.0000001");
    }

    @Test
    void datesAreIsoWhateverTheDisplayFormat() {
        // Excel's day 45352 is 1 March 2024 (day 1 = 1 January 1900, with Excel's phantom 29 February 1900)
        assertThat(ExcelCellText.text(45352, 14, "m/d/yy", false)).isEqualTo("2024-03-01");
        assertThat(ExcelCellText.text(45352, 165, "yyyy-mm-dd", false)).isEqualTo("2024-03-01");
        assertThat(ExcelCellText.text(45352.75, 22, "m/d/yy h:mm", false)).isEqualTo("2024-03-01T18:00");
        // the 1904 date system counts 1462 days fewer
        assertThat(ExcelCellText.text(45352 - 1462, 14, "m/d/yy", true)).isEqualTo("2024-03-01");
    }
}
