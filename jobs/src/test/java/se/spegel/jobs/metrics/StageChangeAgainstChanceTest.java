package se.spegel.jobs.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class StageChangeAgainstChanceTest {
    private static final double[] EVEN = {0.25, 0.25, 0.25, 0.25};

    @Test
    void tailProbabilitiesMatchEnumerationOfEveryDrawFromTheStageBefore() {
        // the stage before: 3, 2 and 4 people; this stage: 3 of category 0 and 1 of category 1 (D = ½(0.55 + 0.05 +
        // 0.5) = 0.55);
        // the exact law of D* comes from listing every 4-subset of the 9 people
        long[] previous = {3, 2, 4};
        long[] current = {3, 1, 0};
        double[] pop = {0.2, 0.3, 0.5};
        double observed = 0.5 * (Math.abs(0.75 - 0.2) + Math.abs(0.25 - 0.3) + Math.abs(0 - 0.5));
        double exactWorse = 0;
        double exactBetter = 0;
        double exactMean = 0;
        for (Map.Entry<List<Long>, Double> outcome :
                HypergeometricSamplerTest.enumerate(previous, 4).entrySet()) {
            double d = 0;
            for (int k = 0; k < 3; k++) {
                d += Math.abs(outcome.getKey().get(k) / 4.0 - pop[k]) / 2;
            }
            exactMean += outcome.getValue() * d;
            exactWorse += d >= observed - 1e-12 ? outcome.getValue() : 0;
            exactBetter += d <= observed + 1e-12 ? outcome.getValue() : 0;
        }
        int samples = 40_000;
        StageChangeAgainstChance.Result result = new StageChangeAgainstChance(samples, 0.05)
                .test(List.of(new StageChangeAgainstChance.Dimension(previous, current, pop, 3L)))
                .dimensions()
                .get(0);
        double error = 5 * Math.sqrt(0.25 / samples);
        assertThat(result.dissimilarity()).isCloseTo(observed, within(1e-12));
        assertThat(result.pWorse()).isCloseTo(exactWorse, within(error));
        assertThat(result.pBetter()).isCloseTo(exactBetter, within(error));
        assertThat(result.expectedDissimilarity()).isCloseTo(exactMean, within(0.01));
    }

    @Test
    void aStageThatKeepsEveryoneIsExactlyAsChance() {
        // everyone moved on: every draw is the stage before itself, so D* = D in all B draws
        long[] stage = {40, 10, 30, 20};
        StageChangeAgainstChance.Result result = single(stage, stage, EVEN, 2_000);
        assertThat(result.expectedDissimilarity()).isCloseTo(result.dissimilarity(), within(1e-12));
        assertThat(result.pWorse()).isEqualTo(1.0);
        assertThat(result.pBetter()).isEqualTo(1.0);
        assertThat(result.verdict()).isEqualTo(StageChangeAgainstChance.AS_CHANCE);
    }

    @Test
    void selfSelectionFromAMirroringStageIsWorseThanChance() {
        // 2 000 invited mirror the population; the 160 who responded are mostly one group
        StageChangeAgainstChance.Result result =
                single(new long[] {500, 500, 500, 500}, new long[] {100, 20, 20, 20}, EVEN, 2_000);
        assertThat(result.dissimilarity()).isCloseTo(0.5 * (0.625 - 0.25 + 3 * (0.25 - 0.125)), within(1e-12));
        assertThat(result.pWorse()).isEqualTo(1 / 2001.0);
        assertThat(result.verdict()).isEqualTo(StageChangeAgainstChance.WORSE);
    }

    @Test
    void aStratifiedLotteryFromASkewedPoolIsBetterThanChance() {
        // respondents skewed (D = 0.5·(0.4 − 0.25) + … = 0.15); the lottery picks 40 of each group (D = 0):
        // a random 160 of the respondents would be about as skewed as they are
        StageChangeAgainstChance.Result result =
                single(new long[] {800, 400, 400, 400}, new long[] {40, 40, 40, 40}, EVEN, 2_000);
        assertThat(result.dissimilarity()).isEqualTo(0.0);
        assertThat(result.pBetter()).isEqualTo(1 / 2001.0);
        assertThat(result.expectedDissimilarity()).isGreaterThan(0.1);
        assertThat(result.verdict()).isEqualTo(StageChangeAgainstChance.BETTER);
    }

    @Test
    void theStagesMeanIsReadAgainstTheMeanOfTheDimensionsDraws() {
        StageChangeAgainstChance test = new StageChangeAgainstChance(2_000, 0.05);
        StageChangeAgainstChance.Outcome outcome = test.test(List.of(
                new StageChangeAgainstChance.Dimension(
                        new long[] {500, 500, 500, 500}, new long[] {100, 20, 20, 20}, EVEN, 1L),
                new StageChangeAgainstChance.Dimension(
                        new long[] {300, 700}, new long[] {50, 110}, new double[] {0.3, 0.7}, 2L)));
        StageChangeAgainstChance.Result first = outcome.dimensions().get(0);
        StageChangeAgainstChance.Result second = outcome.dimensions().get(1);
        // the mean of B means is the mean of the two dimensions' means
        assertThat(outcome.mean().dissimilarity())
                .isCloseTo((first.dissimilarity() + second.dissimilarity()) / 2, within(1e-12));
        assertThat(outcome.mean().expectedDissimilarity())
                .isCloseTo((first.expectedDissimilarity() + second.expectedDissimilarity()) / 2, within(1e-12));
        assertThat(outcome.mean().verdict()).isEqualTo(StageChangeAgainstChance.WORSE);
    }

    @Test
    void theSameSeedGivesTheSameProbabilities() {
        long[] previous = {30, 25, 45};
        long[] current = {8, 4, 8};
        double[] pop = {0.3, 0.3, 0.4};
        assertThat(single(previous, current, pop, 500)).isEqualTo(single(previous, current, pop, 500));
    }

    @Test
    void anEmptyStageOrOneLargerThanTheStageBeforeIsNotJudged() {
        StageChangeAgainstChance test = new StageChangeAgainstChance(100, 0.05);
        StageChangeAgainstChance.Outcome outcome = test.test(List.of(
                new StageChangeAgainstChance.Dimension(
                        new long[] {5, 5}, new long[] {0, 0}, new double[] {0.5, 0.5}, 1L),
                new StageChangeAgainstChance.Dimension(
                        new long[] {5, 5}, new long[] {6, 6}, new double[] {0.5, 0.5}, 1L)));
        assertThat(outcome.dimensions()).containsExactly(null, null);
        assertThat(outcome.mean()).isNull();
    }

    private static StageChangeAgainstChance.Result single(long[] previous, long[] current, double[] pop, int samples) {
        return new StageChangeAgainstChance(samples, 0.05)
                .test(List.of(new StageChangeAgainstChance.Dimension(previous, current, pop, 7L)))
                .dimensions()
                .get(0);
    }
}
