package se.spegel.jobs.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class BinomialAbsoluteDeviationTest {

    /** Σ_x |x − c| C(n, x) s^x (1 − s)^(n − x), the pmf built by the recurrence P(x+1) = P(x)·(n−x)/(x+1)·s/(1−s). */
    private static double bruteForce(int n, double s, double c) {
        double pmf = Math.pow(1 - s, n);
        double sum = 0;
        for (int x = 0; x <= n; x++) {
            sum += Math.abs(x - c) * pmf;
            pmf = pmf * (n - x) / (x + 1) * s / (1 - s);
        }
        return sum;
    }

    @Test
    void meanAbsoluteDeviationOfOneTrialIsTwiceTheVarianceTerm() {
        // X ~ Bernoulli(0.3): E|X − 0.3| = 0.7·0.3 + 0.3·0.7 = 0.42
        assertThat(BinomialAbsoluteDeviation.of(1, 0.3, 0.3)).isCloseTo(0.42, within(1e-15));
    }

    @Test
    void matchesTheSumOverEveryOutcomeForManySizesSharesAndCentres() {
        for (int n : new int[] {1, 2, 3, 7, 20, 40, 99}) {
            for (double s : new double[] {0.01, 0.125, 0.3, 0.5, 0.77, 0.99}) {
                for (double c : new double[] {-1.5, 0, 0.5, n * s, n * 0.2, n / 3.0, Math.floor(n * s), n, n + 2.0}) {
                    assertThat(BinomialAbsoluteDeviation.of(n, s, c))
                            .as("n=%d s=%s c=%s", n, s, c)
                            .isCloseTo(bruteForce(n, s, c), within(1e-11 * (1 + n)));
                }
            }
        }
    }

    @Test
    void degenerateSharesPutAllMassOnOneOutcome() {
        assertThat(BinomialAbsoluteDeviation.of(10, 0, 2.5)).isEqualTo(2.5);
        assertThat(BinomialAbsoluteDeviation.of(10, 1, 2.5)).isEqualTo(7.5);
    }
}
