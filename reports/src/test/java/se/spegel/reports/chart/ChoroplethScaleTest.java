package se.spegel.reports.chart;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The map's five classes: a round step worked out by hand for each case. */
class ChoroplethScaleTest {

    @Test
    void stepIsTheSmallestRoundNumberWhoseFiveClassesCoverTheLargestValue() {
        // 3.75 / 5 = 0.75: 0.5, 1.0 (=1 × 10^0) is the first of 1, 2, 2.5, 5, 10 × 10^-1 with 5 steps ≥ 3.75
        assertThat(ChoroplethScale.covering(List.of(3.75, 2.63)).step()).isEqualTo(1.0);
        // 42 / 5 = 8.4: 10 × 10^0 is the first with 5·step ≥ 42
        assertThat(ChoroplethScale.covering(List.of(5.0, 42.0)).step()).isEqualTo(10.0);
        // 0.61 / 5 = 0.122: 0.1 too small (0.5), 0.2 → 1.0 ≥ 0.61 (a response rate of 61 %)
        assertThat(ChoroplethScale.covering(List.of(0.61, 0.3)).step()).isEqualTo(0.2);
        // 12.5 / 5 = 2.5 exactly: 2.5 covers it
        assertThat(ChoroplethScale.covering(List.of(12.5)).step()).isEqualTo(2.5);
        assertThat(ChoroplethScale.covering(List.of()).step()).isEqualTo(1.0);
        assertThat(ChoroplethScale.covering(List.of(0.0)).step()).isEqualTo(1.0);
    }

    @Test
    void valuesFallIntoHalfOpenClassesAndTheTopValueIntoTheLastClass() {
        ChoroplethScale scale = new ChoroplethScale(1.0);
        assertThat(scale.classOf(0)).isZero();
        assertThat(scale.classOf(0.999)).isZero();
        assertThat(scale.classOf(1.0)).isEqualTo(1);
        assertThat(scale.classOf(2.63)).isEqualTo(2);
        assertThat(scale.classOf(3.75)).isEqualTo(3);
        assertThat(scale.classOf(5.0)).isEqualTo(4);
        assertThat(scale.lower(3)).isEqualTo(3.0);
    }

    @Test
    void coloursGetDarkerClassByClassSoTheScaleReadsInGreyToo() {
        for (int i = 1; i < ChoroplethScale.CLASSES; i++) {
            assertThat(TextContrast.luminance(ChoroplethScale.colourOfClass(i)))
                    .isLessThan(TextContrast.luminance(ChoroplethScale.colourOfClass(i - 1)));
        }
    }
}
