package se.spegel.jobs.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class ChiSquareHomogeneityTest {

    @Test
    void twoByThreeTableMatchesChisqTest() {
        // R: chisq.test(rbind(c(12, 20, 8), c(300, 500, 400)), correct = FALSE): X-squared 3.1171, df 2, p 0.2104
        ChiSquareHomogeneity.Result r =
                ChiSquareHomogeneity.test(new long[] {12, 20, 8}, new double[] {300, 500, 400}, null);
        assertThat(r.chi2()).isCloseTo(3.1171442936148837, within(1e-12));
        assertThat(r.df()).isEqualTo(2);
        assertThat(r.pValue()).isCloseTo(0.21043632897189607, within(1e-12));
        assertThat(r.monteCarlo()).isFalse();
    }

    @Test
    void twoByTwoIsTheSquareOfThePooledZ() {
        ChiSquareHomogeneity.Result r = ChiSquareHomogeneity.test(new long[] {30, 70}, new double[] {80, 320}, null);
        assertThat(r.chi2()).isCloseTo(4.662004662004662, within(1e-12));
        assertThat(r.pValue()).isCloseTo(TwoProportionTest.twoSided(30, 100, 0.2, 400), within(1e-12));
    }

    @Test
    void smallExpectedCountsAreSimulatedFromTheTwoSampleNull() {
        long[] heads = {1, 6, 3};
        double[] survey = {30, 120, 50};
        assertThat(ChiSquareHomogeneity.simulated(heads, survey)).isTrue();
        double[] pooled = {31 / 210.0, 126 / 210.0, 53 / 210.0};
        ChanceReplicates replicates = TwoSampleReplicates.draw(pooled, 10, pooled, 200, 2000, 42, true, null);
        ChiSquareHomogeneity.Result r = ChiSquareHomogeneity.test(heads, survey, replicates);
        assertThat(r.monteCarlo()).isTrue();
        // the asymptotic p of this table is 0.88 (scipy); the simulated one is of the same size
        assertThat(r.pValue()).isBetween(0.6, 1.0);
    }

    @Test
    void oneCategoryOrNoParticipantsIsNoTest() {
        assertThat(ChiSquareHomogeneity.test(new long[] {0, 0}, new double[] {10, 20}, null))
                .isNull();
        assertThat(ChiSquareHomogeneity.test(new long[] {5, 0}, new double[] {10, 0}, null))
                .isNull();
    }
}
