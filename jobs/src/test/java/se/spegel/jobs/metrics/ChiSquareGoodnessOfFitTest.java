package se.spegel.jobs.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class ChiSquareGoodnessOfFitTest {

    /** erf by its Maclaurin series 2/√π Σ (−1)^j x^(2j+1) / (j!(2j+1)); plenty accurate for |x| ≤ 3. */
    static double erf(double x) {
        double sum = 0;
        double power = x; // x^(2j+1) / j!
        for (int j = 0; j < 200; j++) {
            sum += (j % 2 == 0 ? 1 : -1) * power / (2 * j + 1);
            power *= x * x / (j + 1);
        }
        return 2 / Math.sqrt(Math.PI) * sum;
    }

    @Test
    void twoDegreesOfFreedomHandExample() {
        // observed (30, 50, 20), population shares (0.25, 0.5, 0.25), n = 100 -> expected (25, 50, 25), all >= 5
        // χ² = 5²/25 + 0²/50 + 5²/25 = 1 + 0 + 1 = 2; df = 2
        // for df = 2 the χ² upper tail is exactly exp(−χ²/2) = exp(−1) = 0.36787944117144233
        ChiSquareGoodnessOfFit.Result r =
                ChiSquareGoodnessOfFit.test(new long[] {30, 50, 20}, new double[] {0.25, 0.5, 0.25}, 1L);
        assertThat(r.chi2()).isCloseTo(2.0, within(1e-12));
        assertThat(r.df()).isEqualTo(2);
        assertThat(r.monteCarlo()).isFalse();
        assertThat(r.pValue()).isCloseTo(Math.exp(-1), within(1e-12));
    }

    @Test
    void twoDegreesOfFreedomFarOutInTheTailKeepsRelativePrecision() {
        // observed (200, 50, 50) vs (1/3, 1/3, 1/3), n = 300, expected 100 each
        // χ² = 100²/100 + 50²/100 + 50²/100 = 100 + 25 + 25 = 150; p = exp(−75) = 2.6786e-33
        ChiSquareGoodnessOfFit.Result r =
                ChiSquareGoodnessOfFit.test(new long[] {200, 50, 50}, new double[] {1.0 / 3, 1.0 / 3, 1.0 / 3}, 1L);
        assertThat(r.chi2()).isCloseTo(150.0, within(1e-9));
        assertThat(r.pValue() / Math.exp(-75)).isCloseTo(1.0, within(1e-8));
    }

    @Test
    void oneDegreeOfFreedomHandExample() {
        // observed (60, 40) vs (0.5, 0.5), n = 100, expected (50, 50): χ² = 100/50 + 100/50 = 4, df = 1
        // P(χ²₁ >= 4) = P(|Z| >= 2) = erfc(2/√2) = 2·(1 − Φ(2)) = 2·(1 − 0.977249868) = 0.045500264
        ChiSquareGoodnessOfFit.Result r = ChiSquareGoodnessOfFit.test(new long[] {60, 40}, new double[] {0.5, 0.5}, 1L);
        assertThat(r.chi2()).isCloseTo(4.0, within(1e-12));
        assertThat(r.df()).isEqualTo(1);
        assertThat(r.monteCarlo()).isFalse();
        double expected = 1 - erf(2 / Math.sqrt(2));
        assertThat(expected).isCloseTo(0.045500264, within(1e-9));
        assertThat(r.pValue()).isCloseTo(expected, within(1e-12));
    }

    @Test
    void mendelPeasTextbookExampleWithThreeDegreesOfFreedom() {
        // Mendel's dihybrid cross, 315/108/101/32 against 9:3:3:1 (e.g. Agresti, Categorical Data Analysis,
        // and most textbooks: χ² = 0.470, df = 3, P = 0.925). n = 556, expected 312.75, 104.25, 104.25, 34.75:
        // χ² = 2.25²/312.75 + 3.75²/104.25 + 3.25²/104.25 + 2.75²/34.75
        //    = 0.0161871 + 0.1348921 + 0.1013189 + 0.2176259 = 0.4700240
        // df = 3: P(χ²₃ > x) = erfc(√(x/2)) + √(2x/π)·exp(−x/2)
        ChiSquareGoodnessOfFit.Result r = ChiSquareGoodnessOfFit.test(
                new long[] {315, 108, 101, 32}, new double[] {9.0 / 16, 3.0 / 16, 3.0 / 16, 1.0 / 16}, 1L);
        double x = 2.25 * 2.25 / 312.75 + 3.75 * 3.75 / 104.25 + 3.25 * 3.25 / 104.25 + 2.75 * 2.75 / 34.75;
        assertThat(r.chi2()).isCloseTo(x, within(1e-12)).isCloseTo(0.470, within(5e-4));
        assertThat(r.df()).isEqualTo(3);
        assertThat(r.monteCarlo()).isFalse();
        double expected = 1 - erf(Math.sqrt(x / 2)) + Math.sqrt(2 * x / Math.PI) * Math.exp(-x / 2);
        assertThat(r.pValue()).isCloseTo(expected, within(1e-10)).isCloseTo(0.925, within(5e-4));
    }

    @Test
    void perfectFitGivesChiSquareZeroAndPOne() {
        ChiSquareGoodnessOfFit.Result r =
                ChiSquareGoodnessOfFit.test(new long[] {25, 50, 25}, new double[] {0.25, 0.5, 0.25}, 1L);
        assertThat(r.chi2()).isEqualTo(0.0);
        assertThat(r.pValue()).isCloseTo(1.0, within(1e-15));
    }

    @Test
    void categoryWithZeroPopulationShareDoesNotCountTowardsDegreesOfFreedom() {
        // (30, 70, 0) vs (0.5, 0.5, 0): only two categories with positive share -> df = 1,
        // χ² = 20²/50 + 20²/50 = 16; P(χ²₁ >= 16) = P(|Z| >= 4) = erfc(4/√2) = 6.334248e-5 (normal tables)
        ChiSquareGoodnessOfFit.Result r =
                ChiSquareGoodnessOfFit.test(new long[] {30, 70, 0}, new double[] {0.5, 0.5, 0}, 1L);
        assertThat(r.df()).isEqualTo(1);
        assertThat(r.chi2()).isCloseTo(16.0, within(1e-12));
        assertThat(r.pValue()).isCloseTo(6.334248e-5, within(1e-10));
    }

    @Test
    void undefinedWithoutObservationsOrWithFewerThanTwoPopulatedCategories() {
        assertThat(ChiSquareGoodnessOfFit.test(new long[] {0, 0}, new double[] {0.5, 0.5}, 1L))
                .isNull();
        assertThat(ChiSquareGoodnessOfFit.test(new long[] {5, 0}, new double[] {1.0, 0.0}, 1L))
                .isNull();
    }

    @Test
    void monteCarloBranchWhenAnExpectedCountIsBelowFiveIsReproducibleForTheSameSeed() {
        // n = 5, shares (1/3, 1/3, 1/3) -> expected 5/3 < 5: simulated p-value
        long[] observed = {4, 0, 1};
        double[] shares = {1.0 / 3, 1.0 / 3, 1.0 / 3};
        ChiSquareGoodnessOfFit.Result first = ChiSquareGoodnessOfFit.test(observed, shares, 42L);
        ChiSquareGoodnessOfFit.Result second = ChiSquareGoodnessOfFit.test(observed, shares, 42L);
        assertThat(first.monteCarlo()).isTrue();
        assertThat(first.df()).isEqualTo(2);
        // χ² = ((4 − 5/3)² + (5/3)² + (1 − 5/3)²)/(5/3) = (49/9 + 25/9 + 4/9)·3/5 = 78/15 = 5.2
        assertThat(first.chi2()).isCloseTo(5.2, within(1e-12));
        assertThat(second.pValue()).isEqualTo(first.pValue());
        // p = (1 + #hits)/2001 lies in [1/2001, 1]
        assertThat(first.pValue()).isGreaterThan(0.0).isLessThanOrEqualTo(1.0);
        assertThat(first.pValue() * 2001).isCloseTo(Math.rint(first.pValue() * 2001), within(1e-6));
    }

    @Test
    void monteCarloPValueAgreesWithTheExactMultinomialTail() {
        // (4, 0, 1) vs uniform thirds, n = 5: χ²* = 3·Σo²/5 − 5 >= 5.2 ⇔ Σo² >= 17, i.e. the outcomes
        // (5,0,0) in 3 orders (multinomial coefficient 1) and (4,1,0) in 6 orders (coefficient 5):
        //   P = (3·1 + 6·5)/3^5 = 33/243 = 0.135802
        // B = 2000 replicates: SE = √(0.1358·0.8642/2000) = 0.00766; allow 4.5 SE + 1/2001
        double exact = exactMultinomialTail(new long[] {4, 0, 1}, 5);
        assertThat(exact).isCloseTo(33.0 / 243, within(1e-12));
        ChiSquareGoodnessOfFit.Result r =
                ChiSquareGoodnessOfFit.test(new long[] {4, 0, 1}, new double[] {1.0 / 3, 1.0 / 3, 1.0 / 3}, 7L);
        assertThat(r.pValue()).isCloseTo(exact, within(4.5 * 0.00766 + 1.0 / 2001));
    }

    @Test
    void monteCarloPValueOfALargeSampleAgreesWithTheExactMultinomialTail() {
        // n = 300 against (0.6, 0.39, 0.01): the rare category expects 3 < 5, so the p-value is
        // simulated, by Poissonised replicates at this n. The exact tail sums the Multinomial(300, p)
        // pmf over all 45 451 outcomes whose χ² reaches the observed one.
        long[] observed = {165, 128, 7};
        double[] shares = {0.6, 0.39, 0.01};
        double chi2 = ChiSquareGoodnessOfFit.statistic(observed, shares, 300);
        // (165 − 180)²/180 + (128 − 117)²/117 + (7 − 3)²/3 = 1.25 + 1.034188 + 5.333333
        assertThat(chi2).isCloseTo(1.25 + 121.0 / 117 + 16.0 / 3, within(1e-9));
        double exact = 0;
        for (int a = 0; a <= 300; a++) {
            for (int b = 0; a + b <= 300; b++) {
                long[] outcome = {a, b, 300 - a - b};
                if (ChiSquareGoodnessOfFit.statistic(outcome, shares, 300) >= chi2 * (1 - 1e-12)) {
                    exact += Math.exp(logMultinomialPmf(outcome, shares));
                }
            }
        }
        ChiSquareGoodnessOfFit.Result r = ChiSquareGoodnessOfFit.test(observed, shares, 99L);
        assertThat(r.monteCarlo()).isTrue();
        double se = Math.sqrt(exact * (1 - exact) / 2000);
        assertThat(r.pValue()).isCloseTo(exact, within(4.5 * se + 1.0 / 2001));
    }

    private static double logMultinomialPmf(long[] counts, double[] shares) {
        long n = 0;
        double log = 0;
        for (int k = 0; k < counts.length; k++) {
            n += counts[k];
            log += counts[k] * Math.log(shares[k]) - org.apache.commons.math3.special.Gamma.logGamma(counts[k] + 1.0);
        }
        return log + org.apache.commons.math3.special.Gamma.logGamma(n + 1.0);
    }

    @Test
    void monteCarloPValueForAStronglyDeviatingSmallSampleIsNearItsFloor() {
        // (8, 0, 0, 0) vs quarters, expected 2 each: χ² = 6²/2 + 3·2 = 24; only the 4 all-in-one samples
        // reach it, probability 4/4^8 = 6.1e-5, so nearly always p = 1/2001; allow up to 10/2001
        ChiSquareGoodnessOfFit.Result r =
                ChiSquareGoodnessOfFit.test(new long[] {8, 0, 0, 0}, new double[] {0.25, 0.25, 0.25, 0.25}, 123L);
        assertThat(r.monteCarlo()).isTrue();
        assertThat(r.chi2()).isCloseTo(24.0, within(1e-12));
        assertThat(r.pValue()).isGreaterThanOrEqualTo(1.0 / 2001).isLessThanOrEqualTo(10.0 / 2001);
    }

    @Test
    void monteCarloPValueIsExactlyOneWhenTheObservedStatisticIsZero() {
        // every simulated χ²* >= 0 = χ², so p = (1 + 2000)/2001 = 1
        ChiSquareGoodnessOfFit.Result r =
                ChiSquareGoodnessOfFit.test(new long[] {1, 1, 1, 1}, new double[] {0.25, 0.25, 0.25, 0.25}, 5L);
        assertThat(r.monteCarlo()).isTrue();
        assertThat(r.chi2()).isEqualTo(0.0);
        assertThat(r.pValue()).isEqualTo(1.0);
    }

    /** P(χ²* >= χ²_obs) under uniform shares over 3 categories, by enumerating all outcomes, in exact longs. */
    private static double exactMultinomialTail(long[] observed, int n) {
        long observedSumSquares = 0;
        for (long o : observed) {
            observedSumSquares += o * o;
        }
        long hits = 0;
        long total = 0;
        long[] factorial = {1, 1, 2, 6, 24, 120, 720};
        for (int a = 0; a <= n; a++) {
            for (int b = 0; a + b <= n; b++) {
                int c = n - a - b;
                long weight = factorial[n] / (factorial[a] * factorial[b] * factorial[c]);
                total += weight;
                // with equal expected counts, χ² is increasing in Σo²
                if (a * a + b * b + c * c >= observedSumSquares) {
                    hits += weight;
                }
            }
        }
        assertThat(total).isEqualTo(243); // 3^5
        return (double) hits / total;
    }

    @Test
    void participantsInACategoryWithoutResidentsAreLeftOutOfTheTestNotMadeInfinite() {
        // 10 and 10 against halves is a perfect fit among the 20 testable participants;
        // the 5 in the zero-share category would make chi2 infinite and are not tested
        ChiSquareGoodnessOfFit.Result result =
                ChiSquareGoodnessOfFit.test(new long[] {10, 10, 5}, new double[] {0.5, 0.5, 0}, 1L);
        org.assertj.core.api.Assertions.assertThat(result.chi2()).isZero();
        org.assertj.core.api.Assertions.assertThat(result.df()).isEqualTo(1);
        org.assertj.core.api.Assertions.assertThat(result.n()).isEqualTo(20);
        org.assertj.core.api.Assertions.assertThat(result.pValue()).isEqualTo(1.0);
    }

    @Test
    void monteCarloPValueFromSharedNullReplicatesIsTheOneItWouldDrawItself() {
        // D's chance test draws Multinomial(n, p) once with the same seed; χ² reads its χ²* instead of drawing again
        long[] observed = {4, 0, 1};
        double[] shares = {1.0 / 3, 1.0 / 3, 1.0 / 3};
        ChanceReplicates shared =
                ChanceReplicates.draw(shares, shares, 5, ChiSquareGoodnessOfFit.REPLICATES, 42L, true);
        assertThat(ChiSquareGoodnessOfFit.test(observed, shares, 42L, shared).pValue())
                .isEqualTo(ChiSquareGoodnessOfFit.test(observed, shares, 42L).pValue());
    }
}
