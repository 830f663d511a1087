package se.spegel.reports.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;

class PublishedCountTest {

    private final PublishedCount counts = new PublishedCount(new DisplayNumbers(Locale.forLanguageTag("sv")), 5, "×");

    @Test
    void countsFromOneToBelowTheThresholdAreHidden() {
        for (double n : new double[] {1, 2, 3, 4, 0.4, 4.9}) {
            assertThat(counts.text(n)).isEqualTo("<5");
        }
        assertThat(counts.anyBelowThreshold()).isTrue();
    }

    @Test
    void zeroAndCountsAtTheThresholdAreShown() {
        assertThat(counts.text(0.0)).isEqualTo("0");
        assertThat(counts.text(5.0)).isEqualTo("5");
        assertThat(counts.anyBelowThreshold()).isFalse();
    }

    @Test
    void thresholdFollowsTheSettings() {
        PublishedCount tenOrMore = new PublishedCount(new DisplayNumbers(Locale.ENGLISH), 10, "×");
        assertThat(tenOrMore.text(7.0)).isEqualTo("<10");
    }

    @Test
    void cellSuppressedByTheMetricJobGetsItsOwnMarker() {
        assertThat(counts.text(null, true)).isEqualTo("×");
        assertThat(counts.text(12.0, true)).isEqualTo("×");
        assertThat(counts.text(3.0, true)).isEqualTo("<5");
        assertThat(counts.anySuppressed()).isTrue();
    }

    @Test
    void notComputedCountShowsAsDash() {
        assertThat(counts.text(null)).isEqualTo("\u2013");
    }

    @Test
    void aBlankWithheldCountIsTheSuppressionMarkerNotTheNotComputedDash() {
        assertThat(counts.withheld(null)).isEqualTo("×");
        assertThat(counts.anySuppressed()).isTrue();
        assertThat(counts.withheld(3.0)).isEqualTo("<5");
        assertThat(counts.withheld(12.0)).isEqualTo("12");
        assertThat(counts.text(null)).isEqualTo("\u2013");
    }
}
