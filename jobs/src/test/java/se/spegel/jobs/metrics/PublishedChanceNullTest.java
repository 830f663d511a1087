package se.spegel.jobs.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import se.spegel.jobs.disclosure.CellPublication;
import se.spegel.jobs.disclosure.PerturbationTable;

/**
 * Groups that <em>are</em> simple random samples, published through the cell key method: their D
 * is of the published (perturbed) counts, so only a null whose draws are published the same way
 * rejects them at about the test's level. A null of unperturbed counts reads the perturbation's
 * noise as distance from the residents (a 4 published as 1..4, a 6 as 5..10) and raises false alarms.
 */
class PublishedChanceNullTest {
    /** Eight categories, some small at n = 40 (expected counts 2 to 8), as age bands or districts are. */
    private static final double[] SHARES = {0.20, 0.18, 0.15, 0.13, 0.11, 0.10, 0.08, 0.05};

    private static final int N = 40;
    private static final int GROUPS = 600;
    private static final CellPublication PUBLISHED = new CellPublication(new PerturbationTable(5));
    private static final ChanceSettings SETTINGS = new ChanceSettings(1_000, 50, 0.95, ChanceSettings.DEFAULTS.rule());

    @Test
    void randomGroupsPublishedThroughThePerturbationAreFlaggedAtAboutTheTestLevel() {
        double worse = upperTailRejections(new ChanceJudgement(SETTINGS, PUBLISHED));
        double better = lowerTailRejections(new ChanceJudgement(SETTINGS, PUBLISHED));
        // 600 one-sided tests at 5 % (worse) and 10 % (better): SDs 0.9 and 1.2 percentage points
        assertThat(worse).isBetween(0.02, 0.08);
        assertThat(better).isBetween(0.06, 0.14);
    }

    @Test
    void aNullOfUnperturbedCountsRaisesFalseAlarmsOnPublishedCounts() {
        double worse = upperTailRejections(new ChanceJudgement(SETTINGS));
        double aware = upperTailRejections(new ChanceJudgement(SETTINGS, PUBLISHED));
        assertThat(worse).isGreaterThan(aware + 0.03);
    }

    @Test
    void withoutProtectionThePublishedNullIsTheCountsNull() {
        CellPublication open = new CellPublication(new PerturbationTable(1));
        long[] heads = {9, 7, 6, 5, 5, 4, 3, 1};
        double d = DissimilarityIndex.of(shares(heads), SHARES);
        ChanceJudgement.Result plain = new ChanceJudgement(SETTINGS).judge(d, heads, SHARES, 7);
        ChanceJudgement.Result viaOpen = new ChanceJudgement(SETTINGS, open).judge(d, heads, SHARES, 7);
        assertThat(viaOpen.baseline()).isEqualTo(plain.baseline());
    }

    private static double upperTailRejections(ChanceJudgement judgement) {
        return rejections(judgement, true);
    }

    private static double lowerTailRejections(ChanceJudgement judgement) {
        return rejections(judgement, false);
    }

    /** The share of GROUPS published random groups whose upper (or lower) tail is below its level. */
    private static double rejections(ChanceJudgement judgement, boolean upper) {
        SplittableRandom random = new SplittableRandom(2026);
        int rejected = 0;
        for (int g = 0; g < GROUPS; g++) {
            long[] heads = new long[SHARES.length];
            for (int i = 0; i < N; i++) {
                heads[category(random.nextDouble())]++;
            }
            for (int k = 0; k < heads.length; k++) {
                heads[k] = PUBLISHED.publish(heads[k], random.nextLong());
            }
            double d = DissimilarityIndex.of(shares(heads), SHARES);
            var baseline = judgement.judge(d, heads, SHARES, g).baseline();
            rejected += upper ? (baseline.pRandom() < 0.05 ? 1 : 0) : (baseline.pRandomLower() < 0.10 ? 1 : 0);
        }
        return (double) rejected / GROUPS;
    }

    private static int category(double u) {
        double cumulative = 0;
        for (int k = 0; k < SHARES.length; k++) {
            cumulative += SHARES[k];
            if (u < cumulative) {
                return k;
            }
        }
        return SHARES.length - 1;
    }

    private static double[] shares(long[] heads) {
        long n = 0;
        for (long h : heads) {
            n += h;
        }
        double[] s = new double[heads.length];
        for (int k = 0; k < heads.length; k++) {
            s[k] = (double) heads[k] / n;
        }
        return s;
    }
}
