package se.spegel.jobs.metrics;

import se.spegel.jobs.disclosure.CellPublication;
import se.spegel.schema.output.ChanceBaseline;

/**
 * Reads the D of a survey-based dimension against chance, as {@link ChanceJudgement} reads a
 * register's, with the survey's sampling error on the population side: under the null the
 * participants X ~ Multinomial(n, p̄) and the survey's respondents Y ~ Multinomial(m, p̄) are two
 * samples of one population, p̄ the pooled shares (x + p̂·m)/(n + m), and D* = ½ Σ|X/n − Y/m|.
 * E[D] is exact ({@link TwoSampleExpectedDissimilarity}); both tails come from B draws of both
 * samples ({@link TwoSampleReplicates}, the participants' side published as the real cells are);
 * the bias-corrected D and its interval resample both sides (X* from the participants' shares, Y*
 * from the survey's); the verdict is the same rule ({@link Verdict}).
 *
 * <p>Why pooled shares: the survey's p̂ is an estimate, and under the null both samples estimate
 * one p; p̄ is its maximum-likelihood estimate given both (as in the pooled two-proportion test).
 * Drawing the null from p̂ alone would give the participants' sample all the noise and make the
 * test too quick to blame a group whose survey is small.
 */
public final class SurveyChanceJudgement {
    private static final long BOOTSTRAP_STREAM = 0x9E3779B97F4A7C15L;

    private final ChanceSettings settings;
    private final CellPublication publication;

    /** @param publication how the judged cells were published (null: as counted) */
    public SurveyChanceJudgement(ChanceSettings settings, CellPublication publication) {
        this.settings = settings;
        this.publication = publication;
    }

    /**
     * @param dissimilarity the published D against the survey's shares (weighted when weights are given)
     * @param heads         head count per category, aligned with {@code surveyShares}
     * @param surveyShares  the survey's shares (sum 1)
     * @param m             the survey's (effective) n
     * @param withChi2      whether χ²* is needed (the homogeneity test simulates its p-value)
     */
    public ChanceJudgement.Result judge(
            double dissimilarity, long[] heads, double[] surveyShares, long m, long seed, boolean withChi2) {
        long n = 0;
        for (long h : heads) {
            n += h;
        }
        if (n == 0) {
            return new ChanceJudgement.Result(
                    new ChanceBaseline(null, null, null, null, null, null, null, Verdict.TOO_FEW.code()), null);
        }
        int k = heads.length;
        double[] shares = new double[k];
        double[] pooled = new double[k];
        for (int i = 0; i < k; i++) {
            shares[i] = (double) heads[i] / n;
            pooled[i] = (heads[i] + surveyShares[i] * m) / (n + m);
        }
        double headsD = DissimilarityIndex.of(shares, surveyShares);
        double expected = TwoSampleExpectedDissimilarity.of(n, pooled, m, pooled);
        ChanceReplicates nullReplicates =
                TwoSampleReplicates.draw(pooled, n, pooled, m, settings.replicates(), seed, withChi2, publication);
        DissimilarityChanceTest.Result tails = DissimilarityChanceTest.of(headsD, nullReplicates);
        ChanceReplicates bootstrap = TwoSampleReplicates.draw(
                shares, n, surveyShares, m, settings.bootstrapSamples(), seed ^ BOOTSTRAP_STREAM, false, null);
        double bias = TwoSampleExpectedDissimilarity.of(n, shares, m, surveyShares) - headsD;
        CorrectedDissimilarity.Result corrected =
                CorrectedDissimilarity.of(dissimilarity, dissimilarity + bias, bootstrap, settings.ciLevel());
        double excess = dissimilarity - expected;
        Verdict verdict = Verdict.of(n, excess, tails.pUpper(), tails.pLower(), settings.rule());
        return new ChanceJudgement.Result(
                new ChanceBaseline(
                        expected,
                        tails.pUpper(),
                        tails.pLower(),
                        excess,
                        corrected.corrected(),
                        corrected.ciLow(),
                        corrected.ciHigh(),
                        verdict.code()),
                nullReplicates);
    }
}
