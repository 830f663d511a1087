package se.spegel.reports.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;

class DisplayNumbersTest {

    private final DisplayNumbers swedish = new DisplayNumbers(Locale.forLanguageTag("sv"));
    private final DisplayNumbers english = new DisplayNumbers(Locale.ENGLISH);

    @Test
    void swedishPercentHasDecimalCommaAndSpaceBeforeSign() {
        assertThat(swedish.percent(0.123, 1)).isEqualTo("12,3\u00a0%");
        assertThat(swedish.percent(0.0449, 0)).isEqualTo("4\u00a0%");
    }

    @Test
    void englishPercentHasDecimalPoint() {
        assertThat(english.percent(0.123, 1)).isEqualTo("12.3%");
    }

    @Test
    void percentagePointsCarryPlusOrTypographicMinus() {
        assertThat(swedish.signed(4.2, 1)).isEqualTo("+4,2");
        assertThat(swedish.signed(-3.0, 1)).isEqualTo("\u22123,0");
        assertThat(swedish.signed(-0.01, 1)).isEqualTo("0,0");
    }

    @Test
    void notComputedValuesShowAsDash() {
        assertThat(swedish.percent(null, 1)).isEqualTo("\u2013");
        assertThat(swedish.signed(null, 1)).isEqualTo("\u2013");
        assertThat(swedish.percentRange(0.1, null, 1)).isEqualTo("\u2013");
    }

    @Test
    void countsAreGroupedAndWeightedCountsKeepOneDecimal() {
        assertThat(swedish.count(1332)).isEqualTo("1\u00a0332");
        assertThat(english.count(1332)).isEqualTo("1,332");
        assertThat(swedish.count(12.46)).isEqualTo("12,5");
    }
}
