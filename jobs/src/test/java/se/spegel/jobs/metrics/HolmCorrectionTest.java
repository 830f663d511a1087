package se.spegel.jobs.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** R's p.adjust(p, "holm"): pmin(1, cummax((m - i + 1) · p_(i)))[original order]. */
class HolmCorrectionTest {

    @Test
    void handExampleWithFourPValues() {
        // p = (0.01, 0.04, 0.03, 0.005), m = 4; sorted: 0.005, 0.01, 0.03, 0.04
        //   4·0.005 = 0.02; 3·0.01 = 0.03; 2·0.03 = 0.06; 1·0.04 = 0.04 -> cummax 0.06
        //   back in the original order: (0.03, 0.06, 0.06, 0.02)
        double[] adjusted = HolmCorrection.adjust(new double[] {0.01, 0.04, 0.03, 0.005});
        assertThat(adjusted).containsExactly(new double[] {0.03, 0.06, 0.06, 0.02}, within(1e-15));
    }

    @Test
    void adjustedValuesAreCappedAtOne() {
        // p = (0.5, 0.6, 0.01): 3·0.01 = 0.03; 2·0.5 = 1.0; 1·0.6 = 0.6 -> cummax 1.0  => (1, 1, 0.03)
        assertThat(HolmCorrection.adjust(new double[] {0.5, 0.6, 0.01}))
                .containsExactly(new double[] {1.0, 1.0, 0.03}, within(1e-15));
        // 3·0.4 = 1.2 -> 1
        assertThat(HolmCorrection.adjust(new double[] {0.4, 0.9, 0.7}))
                .containsExactly(new double[] {1.0, 1.0, 1.0}, within(1e-15));
    }

    @Test
    void tiedPValuesGetTheSameAdjustment() {
        // (0.02, 0.02): 2·0.02 = 0.04, then max(0.04, 1·0.02) = 0.04
        assertThat(HolmCorrection.adjust(new double[] {0.02, 0.02}))
                .containsExactly(new double[] {0.04, 0.04}, within(1e-15));
    }

    @Test
    void singlePValueIsUnchangedAndEmptyInputGivesEmptyOutput() {
        assertThat(HolmCorrection.adjust(new double[] {0.0123})).containsExactly(0.0123);
        assertThat(HolmCorrection.adjust(new double[0])).isEmpty();
    }

    @Test
    void adjustmentIsMonotoneAndNeverBelowTheRawValue() {
        double[] p = {0.2, 0.001, 0.049, 0.3, 0.0125, 0.04, 0.7, 0.0001};
        double[] adjusted = HolmCorrection.adjust(p);
        for (int i = 0; i < p.length; i++) {
            assertThat(adjusted[i]).isGreaterThanOrEqualTo(p[i]).isLessThanOrEqualTo(1.0);
            // never more than Bonferroni
            assertThat(adjusted[i]).isLessThanOrEqualTo(Math.min(1.0, p.length * p[i]) + 1e-15);
            for (int j = 0; j < p.length; j++) {
                if (p[i] <= p[j]) {
                    assertThat(adjusted[i]).isLessThanOrEqualTo(adjusted[j]);
                }
            }
        }
        // hand: sorted 0.0001·8 = 0.0008; 0.001·7 = 0.007; 0.0125·6 = 0.075; 0.04·5 = 0.2; 0.049·4 = 0.196 -> 0.2;
        //       0.2·3 = 0.6; 0.3·2 = 0.6; 0.7·1 = 0.7
        assertThat(adjusted)
                .containsExactly(new double[] {0.6, 0.007, 0.2, 0.6, 0.075, 0.2, 0.7, 0.0008}, within(1e-15));
    }

    @Test
    void inputIsNotModified() {
        double[] p = {0.3, 0.1, 0.2};
        HolmCorrection.adjust(p);
        assertThat(p).containsExactly(0.3, 0.1, 0.2);
    }
}
