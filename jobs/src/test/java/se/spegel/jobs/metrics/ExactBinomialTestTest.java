package se.spegel.jobs.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** R's binom.test(k, n, p)$p.value, each expected value worked out by hand or in exact integers. */
class ExactBinomialTestTest {

    @Test
    void symmetricHalfProbabilityIsTwiceTheTail() {
        // binom.test(3, 10, 0.5): P(X <= 3) = (1 + 10 + 45 + 120)/1024 = 176/1024, doubled by symmetry
        //   = 2·176/1024 = 352/1024 = 0.34375
        assertThat(ExactBinomialTest.twoSided(3, 10, 0.5)).isCloseTo(0.34375, within(1e-12));
        assertThat(ExactBinomialTest.twoSided(7, 10, 0.5)).isCloseTo(0.34375, within(1e-12));
        // binom.test(0, 10, 0.5) = 2/1024 = 0.001953125
        assertThat(ExactBinomialTest.twoSided(0, 10, 0.5)).isCloseTo(2.0 / 1024, within(1e-15));
        assertThat(ExactBinomialTest.twoSided(10, 10, 0.5)).isCloseTo(2.0 / 1024, within(1e-15));
    }

    @Test
    void asymmetricBelowTheMean() {
        // binom.test(2, 10, 0.3), mean 3. P(X = i) = C(10,i)·3^i·7^(10-i)/10^10:
        //   P(2) = 45·9·5764801/1e10 = 0.2334744405 (= d)
        //   P(3) = 120·27·823543/1e10 = 0.266827932 > d;  P(4) = 210·81·117649/1e10 = 0.2001209490 <= d,
        //   and P(5..10) are smaller still, so every i except 3 counts:
        //   p = 1 - P(3) = 1 - 0.266827932 = 0.733172068
        assertThat(ExactBinomialTest.twoSided(2, 10, 0.3)).isCloseTo(0.733172068, within(1e-10));
        assertThat(BinomialReference.twoSided(2, 10, 3, 10)).isCloseTo(0.733172068, within(1e-15));
    }

    @Test
    void asymmetricAboveTheMean() {
        // binom.test(9, 10, 0.6), mean 6. P(X = i) = C(10,i)·6^i·4^(10-i)/10^10:
        //   P(9) = 10·6^9·4/1e10 = 0.040310784 (= d)
        //   P(0) = 0.0001048576, P(1) = 0.001572864, P(2) = 0.010616832 <= d; P(3) = 0.042467328 > d
        //   P(10) = 0.0060466176
        //   p = 0.0001048576 + 0.001572864 + 0.010616832 + 0.040310784 + 0.0060466176 = 0.0586519552
        assertThat(ExactBinomialTest.twoSided(9, 10, 0.6)).isCloseTo(0.0586519552, within(1e-11));
        assertThat(BinomialReference.twoSided(9, 10, 6, 10)).isCloseTo(0.0586519552, within(1e-15));
    }

    @Test
    void nonTerminatingProbabilityOneThird() {
        // binom.test(0, 3, 1/3): P = 8/27, 12/27, 6/27, 1/27 for X = 0..3; d = 8/27
        //   p = (8 + 6 + 1)/27 = 15/27 = 0.5555...
        assertThat(ExactBinomialTest.twoSided(0, 3, 1.0 / 3)).isCloseTo(15.0 / 27, within(1e-12));
    }

    @Test
    void probabilitiesEqualUpToRoundingCountAsTiesThanksToTheRelativeTolerance() {
        // binom.test(0, 2, 1/3): P(0) = 4/9, P(1) = 4/9, P(2) = 1/9. P(1) ties P(0) exactly (in floating
        // point only up to rounding, hence R's 1 + 1e-7), so every outcome counts: p = 9/9 = 1
        assertThat(ExactBinomialTest.twoSided(0, 2, 1.0 / 3)).isCloseTo(1.0, within(1e-12));
        assertThat(ExactBinomialTest.twoSided(1, 2, 1.0 / 3)).isCloseTo(1.0, within(1e-12));
    }

    @Test
    void observedEqualToTheMeanGivesOne() {
        assertThat(ExactBinomialTest.twoSided(5, 10, 0.5)).isEqualTo(1.0);
        assertThat(ExactBinomialTest.twoSided(3, 10, 0.3)).isEqualTo(1.0);
        assertThat(ExactBinomialTest.twoSided(1, 4, 0.25)).isEqualTo(1.0);
    }

    @Test
    void zeroProbabilityGivesOneForZeroSuccessesAndZeroOtherwise() {
        // R: if p == 0, PVAL <- (x == 0)
        assertThat(ExactBinomialTest.twoSided(0, 10, 0.0)).isEqualTo(1.0);
        assertThat(ExactBinomialTest.twoSided(1, 10, 0.0)).isEqualTo(0.0);
        assertThat(ExactBinomialTest.twoSided(10, 10, 0.0)).isEqualTo(0.0);
    }

    @Test
    void probabilityOneGivesOneForAllSuccessesAndZeroOtherwise() {
        // R: if p == 1, PVAL <- (x == n)
        assertThat(ExactBinomialTest.twoSided(10, 10, 1.0)).isEqualTo(1.0);
        assertThat(ExactBinomialTest.twoSided(9, 10, 1.0)).isEqualTo(0.0);
        assertThat(ExactBinomialTest.twoSided(0, 10, 1.0)).isEqualTo(0.0);
    }

    @Test
    void singleTrial() {
        // binom.test(1, 1, 0.6): d = 0.6, P(0) = 0.4 <= d counts -> p = 0.4 + 0.6 = 1
        // binom.test(0, 1, 0.6): d = 0.4, P(1) = 0.6 > d -> p = 0.4
        assertThat(ExactBinomialTest.twoSided(1, 1, 0.6)).isCloseTo(1.0, within(1e-12));
        assertThat(ExactBinomialTest.twoSided(0, 1, 0.6)).isCloseTo(0.4, within(1e-12));
    }

    @Test
    void tinyPValueKeepsItsDigitsInsteadOfRoundingToZero() {
        // binom.test(900, 1000, 0.5) = 2·Σ_{i>=900} C(1000, i)/2^1000 ≈ 1.34034e-161, far below 1 - (1 - ε)
        double expected = BinomialReference.twoSided(900, 1000, 1, 2);
        assertThat(expected).isCloseTo(1.3403435580012592e-161, within(1e-170));
        double actual = ExactBinomialTest.twoSided(900, 1000, 0.5);
        assertThat(actual).isGreaterThan(0.0);
        assertThat(Math.abs(actual - expected) / expected).isLessThan(1e-6);
        assertThat(ExactBinomialTest.twoSided(100, 1000, 0.5)).isCloseTo(actual, within(expected * 1e-6));
    }

    @Test
    void tinyPValueBelowTheMeanWithAsymmetricProbability() {
        // binom.test(5, 1000, 0.3): both tails are astronomically small (≈ 2.03245e-144)
        double expected = BinomialReference.twoSided(5, 1000, 3, 10);
        double actual = ExactBinomialTest.twoSided(5, 1000, 0.3);
        assertThat(actual).isGreaterThan(0.0);
        assertThat(Math.abs(actual - expected) / expected).isLessThan(1e-6);
    }

    @Test
    void moderatelySmallPValueAboveTheMean() {
        // binom.test(40, 100, 0.2): about 1e-5, both tails contribute
        double expected = BinomialReference.twoSided(40, 100, 1, 5);
        double actual = ExactBinomialTest.twoSided(40, 100, 0.2);
        assertThat(Math.abs(actual - expected) / expected).isLessThan(1e-9);
    }

    @Test
    void agreesWithExactIntegerReferenceOnAGrid() {
        long[][] probabilities = {{1, 10}, {1, 3}, {1, 2}, {3, 5}, {7, 8}, {1, 40}};
        int[] sizes = {1, 2, 5, 10, 20, 37, 60, 150};
        for (long[] ab : probabilities) {
            double p = (double) ab[0] / ab[1];
            for (int n : sizes) {
                for (int k = 0; k <= n; k++) {
                    double expected = BinomialReference.twoSided(k, n, ab[0], ab[1]);
                    double actual = ExactBinomialTest.twoSided(k, n, p);
                    // relative precision throughout, down to tails of order 1e-240
                    assertThat(actual)
                            .as("binom.test(%d, %d, %d/%d)", k, n, ab[0], ab[1])
                            .isCloseTo(expected, within(1e-9 * expected));
                    assertThat(actual).isBetween(0.0, 1.0);
                }
            }
        }
    }

    @Test
    void bisectedRunOfUnlikelyOutcomesMatchesTheExactReferenceOnAGrid() {
        // the run of outcomes no more likely than k is found by bisection; the integer
        // reference counts them one by one
        int[][] shares = {{1, 2}, {1, 3}, {2, 7}, {1, 20}, {9, 10}, {37, 100}};
        for (int n : new int[] {1, 2, 5, 17, 60, 151}) {
            for (int[] share : shares) {
                for (int k = 0; k <= n; k++) {
                    double expected = BinomialReference.twoSided(k, n, share[0], share[1]);
                    assertThat(ExactBinomialTest.twoSided(k, n, (double) share[0] / share[1]))
                            .as("k=%d n=%d p=%d/%d", k, n, share[0], share[1])
                            .isCloseTo(expected, within(1e-9 * Math.max(expected, 1e-300)));
                }
            }
        }
    }
}
