package se.spegel.jobs.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class CorrectedDissimilarityTest {

    private static double enumeratedMean(int n, double[] drawShares, double[] popShares) {
        double[] sum = {0};
        MultinomialEnumeration.forEach(
                n,
                drawShares,
                (x, probability) -> sum[0] += probability * MultinomialEnumeration.dissimilarity(x, popShares));
        return sum[0];
    }

    @Test
    void correctedIsTwiceDMinusTheEnumeratedBootstrapMean() {
        // 15 people observed as (9, 3, 3) against (0.4, 0.3, 0.3): D = ½(0.2 + 0.1 + 0.1) = 0.2
        double[] p = {0.4, 0.3, 0.3};
        double[] observed = {0.6, 0.2, 0.2};
        double mean = enumeratedMean(15, observed, p);
        ChanceReplicates bootstrap = ChanceReplicates.draw(observed, p, 15, 1_000, 1L, false);
        CorrectedDissimilarity.Result r =
                CorrectedDissimilarity.of(0.2, ExpectedDissimilarity.of(15, observed, p), bootstrap, 0.95);
        assertThat(r.corrected()).isCloseTo(Math.max(0, 2 * 0.2 - mean), within(1e-12));
        assertThat(r.ciLow()).isLessThanOrEqualTo(r.corrected());
        assertThat(r.ciHigh()).isGreaterThanOrEqualTo(r.corrected());
    }

    @Test
    void aGroupThatLooksLikeThePopulationIsCorrectedToZero() {
        // D = 0: the bootstrap mean is E[D] > 0, so 2·0 − E[D] < 0 is cut at 0
        double[] p = {0.5, 0.5};
        CorrectedDissimilarity.Result r = CorrectedDissimilarity.of(
                0, ExpectedDissimilarity.of(20, p, p), ChanceReplicates.draw(p, p, 20, 1_000, 2L, false), 0.95);
        assertThat(r.corrected()).isZero();
        assertThat(r.ciLow()).isZero();
    }

    @Test
    void intervalCoversTheTrueDissimilarityAboutNineteenTimesInTwenty() {
        // true shares q against p: D_true = ½(0.15 + 0.05 + 0.1) = 0.15. 400 groups of 150 drawn from q
        // (java.util's SplittableRandom), each with its corrected interval from 1 000 resamples
        double[] p = {0.35, 0.35, 0.3};
        double[] q = {0.5, 0.3, 0.2};
        SplittableRandom random = new SplittableRandom(7);
        int groups = 400;
        int covered = 0;
        double correctedSum = 0;
        double rawSum = 0;
        for (int g = 0; g < groups; g++) {
            long[] x = new long[3];
            for (int i = 0; i < 150; i++) {
                double u = random.nextDouble();
                x[u < 0.5 ? 0 : u < 0.8 ? 1 : 2]++;
            }
            double[] s = {x[0] / 150.0, x[1] / 150.0, x[2] / 150.0};
            double d = DissimilarityIndex.of(s, p);
            CorrectedDissimilarity.Result r = CorrectedDissimilarity.of(
                    d, ExpectedDissimilarity.of(150, s, p), ChanceReplicates.draw(s, p, 150, 1_000, g, false), 0.95);
            covered += r.ciLow() <= 0.15 && 0.15 <= r.ciHigh() ? 1 : 0;
            correctedSum += r.corrected();
            rawSum += d;
        }
        // binomial(400, 0.95): SD 4.4 groups; allow for the interval's own approximation
        assertThat(covered).isBetween(360, 396);
        // the correction removes most of raw D's upward bias
        assertThat(Math.abs(correctedSum / groups - 0.15)).isLessThan(Math.abs(rawSum / groups - 0.15));
    }
}
