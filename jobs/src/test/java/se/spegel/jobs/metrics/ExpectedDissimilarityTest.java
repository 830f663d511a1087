package se.spegel.jobs.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class ExpectedDissimilarityTest {

    private static double enumerated(int n, double[] drawShares, double[] popShares) {
        double[] sum = {0};
        MultinomialEnumeration.forEach(
                n,
                drawShares,
                (x, probability) -> sum[0] += probability * MultinomialEnumeration.dissimilarity(x, popShares));
        return sum[0];
    }

    @Test
    void oneDrawFromTwoHalvesIsAlwaysHalfAway() {
        // n = 1: the share vector is (1, 0) or (0, 1), D = ½(½ + ½) = ½ either way
        assertThat(ExpectedDissimilarity.underChance(1, new double[] {0.5, 0.5}))
                .isCloseTo(0.5, within(1e-15));
    }

    @Test
    void chanceLevelMatchesEnumerationOfEveryMultinomialOutcome() {
        double[][] shares = {
            {0.5, 0.5}, {0.2, 0.3, 0.5}, {0.1, 0.15, 0.25, 0.5}, {0.05, 0.05, 0.1, 0.2, 0.6}, {0.3, 0.0, 0.7}
        };
        for (double[] p : shares) {
            for (int n : new int[] {1, 2, 5, 9, 17}) {
                assertThat(ExpectedDissimilarity.underChance(n, p))
                        .as("n=%d K=%d", n, p.length)
                        .isCloseTo(enumerated(n, p, p), within(1e-12));
            }
        }
    }

    @Test
    void bootstrapMeanMatchesEnumerationUnderOtherShares() {
        double[] observed = {0.6, 0.1, 0.3};
        double[] population = {0.25, 0.25, 0.5};
        for (int n : new int[] {3, 10, 20}) {
            assertThat(ExpectedDissimilarity.of(n, observed, population))
                    .isCloseTo(enumerated(n, observed, population), within(1e-12));
        }
    }

    @Test
    void fortyPeopleInEightEqualBandsExpectAboutSixteenPercent() {
        // the figure for a random group of 40 in eight age bands (equal bands here: 0.16 by enumeration
        // would take C(47, 7) outcomes, so the marginal sum is checked against the binomial sum written out)
        double[] p = new double[8];
        java.util.Arrays.fill(p, 0.125);
        double perBand = 0;
        double pmf = Math.pow(0.875, 40);
        for (int x = 0; x <= 40; x++) {
            perBand += Math.abs(x / 40.0 - 0.125) * pmf;
            pmf = pmf * (40 - x) / (x + 1) * 0.125 / 0.875;
        }
        assertThat(ExpectedDissimilarity.underChance(40, p))
                .isCloseTo(8 * perBand / 2, within(1e-13))
                .isBetween(0.15, 0.17);
    }
}
