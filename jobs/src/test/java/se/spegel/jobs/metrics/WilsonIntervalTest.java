package se.spegel.jobs.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class WilsonIntervalTest {
    /** Φ⁻¹(0.975) and Φ⁻¹(0.95), standard published normal quantiles. */
    static final double Z95 = 1.959963984540054;

    static final double Z90 = 1.6448536269514722;

    /** The textbook Wilson (1927) score formula, written out independently of the class under test. */
    static double[] wilson(long k, long n, double z) {
        double p = (double) k / n;
        double z2 = z * z;
        double centre = (2 * k + z2) / (2 * (n + z2));
        double half = z * Math.sqrt(n) / (n + z2) * Math.sqrt(p * (1 - p) + z2 / (4.0 * n));
        return new double[] {centre - half, centre + half};
    }

    @Test
    void newcombe1998PublishedExamplesAt95Percent() {
        // Newcombe RG (1998), Stat Med 17:857-872, Table I, method 3 (score, no continuity correction):
        //   81/263 -> 0.2553, 0.3662;  15/148 -> 0.0624, 0.1605;  0/20 -> 0.0000, 0.1611;  1/29 -> 0.0061, 0.1718
        long[][] cases = {{81, 263}, {15, 148}, {0, 20}, {1, 29}};
        double[][] published = {{0.2553, 0.3662}, {0.0624, 0.1605}, {0.0, 0.1611}, {0.0061, 0.1718}};
        for (int c = 0; c < cases.length; c++) {
            WilsonInterval ci = WilsonInterval.of(cases[c][0], cases[c][1], 0.95);
            assertThat(ci.low()).as("low %s", c).isCloseTo(published[c][0], within(5e-5));
            assertThat(ci.high()).as("high %s", c).isCloseTo(published[c][1], within(5e-5));
            // and to full precision against the formula written out here
            double[] expected = wilson(cases[c][0], cases[c][1], Z95);
            assertThat(ci.low()).isCloseTo(Math.max(0, expected[0]), within(1e-12));
            assertThat(ci.high()).isCloseTo(expected[1], within(1e-12));
        }
    }

    @Test
    void handComputedHalfOfTenIsSymmetricAroundOneHalf() {
        // k = 5, n = 10: p̂ = 1/2 so the centre is (2·5 + z²)/(2·(10 + z²)) = 1/2 exactly.
        // z² = 3.841458820694124; half-width = z·√10/(10 + z²)·√(1/4 + z²/40)
        //   = 1.959964·3.162278/13.841459 · √(0.25 + 0.096036) = 0.447782 · 0.588249 = 0.263407
        // -> [0.236593, 0.763407]
        WilsonInterval ci = WilsonInterval.of(5, 10, 0.95);
        assertThat(ci.low()).isCloseTo(0.236593090512564, within(1e-9));
        assertThat(ci.high()).isCloseTo(0.7634069094874361, within(1e-9));
        assertThat(ci.low() + ci.high()).isCloseTo(1.0, within(1e-12));
    }

    @Test
    void zeroSuccessesGivesLowZeroAndHighZSquaredOverNPlusZSquared() {
        // k = 0: centre = half-width = z²/(2(n + z²)), so low = 0 and high = z²/(n + z²)
        // n = 10: 3.841458820694124 / 13.841458820694124 = 0.27753280 (Newcombe: 0/10 -> 0, 0.2775)
        WilsonInterval ci = WilsonInterval.of(0, 10, 0.95);
        assertThat(ci.low()).isCloseTo(0.0, within(1e-15)).isGreaterThanOrEqualTo(0.0);
        assertThat(ci.high())
                .isCloseTo(Z95 * Z95 / (10 + Z95 * Z95), within(1e-12))
                .isCloseTo(0.2775328, within(1e-7));
    }

    @Test
    void allSuccessesGivesLowNOverNPlusZSquaredAndHighOne() {
        // k = n = 10: low = n/(n + z²) = 10/13.841458820694124 = 0.72246720, high = 1
        WilsonInterval ci = WilsonInterval.of(10, 10, 0.95);
        assertThat(ci.low()).isCloseTo(10 / (10 + Z95 * Z95), within(1e-12)).isCloseTo(0.7224672, within(1e-7));
        assertThat(ci.high()).isCloseTo(1.0, within(1e-15)).isLessThanOrEqualTo(1.0);
    }

    @Test
    void singleObservationIsStillDefined() {
        // n = 1, k = 1: low = 1/(1 + z²) = 1/4.841458820694124 = 0.2065493
        WilsonInterval ci = WilsonInterval.of(1, 1, 0.95);
        assertThat(ci.low()).isCloseTo(0.20654931437723745, within(1e-12));
        assertThat(ci.high()).isCloseTo(1.0, within(1e-15));
    }

    @Test
    void zeroObservationsIsUndefined() {
        assertThat(WilsonInterval.of(0, 0, 0.95)).isNull();
    }

    @Test
    void level90IsNarrowerThanLevel95AndUsesItsOwnQuantile() {
        WilsonInterval ci95 = WilsonInterval.of(81, 263, 0.95);
        WilsonInterval ci90 = WilsonInterval.of(81, 263, 0.90);
        assertThat(ci90.low()).isGreaterThan(ci95.low());
        assertThat(ci90.high()).isLessThan(ci95.high());
        double[] expected = wilson(81, 263, Z90);
        // z = 1.644854: 81/263 -> [0.263314, 0.356566]
        assertThat(ci90.low()).isCloseTo(expected[0], within(1e-12)).isCloseTo(0.2633136, within(1e-7));
        assertThat(ci90.high()).isCloseTo(expected[1], within(1e-12)).isCloseTo(0.3565663, within(1e-7));
    }

    @Test
    void intervalMirrorsWhenSuccessesAndFailuresSwap() {
        for (int k = 0; k <= 17; k++) {
            WilsonInterval a = WilsonInterval.of(k, 17, 0.95);
            WilsonInterval b = WilsonInterval.of(17 - k, 17, 0.95);
            assertThat(a.low()).isCloseTo(1 - b.high(), within(1e-12));
            assertThat(a.high()).isCloseTo(1 - b.low(), within(1e-12));
            assertThat(a.low()).isBetween(0.0, (double) k / 17);
            assertThat(a.high()).isBetween((double) k / 17, 1.0);
        }
    }
}
