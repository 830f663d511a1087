package se.spegel.jobs.metrics;

import se.spegel.jobs.disclosure.CellPublication;
import se.spegel.schema.output.ChanceBaseline;

/**
 * Reads one dimension's D against chance, from its head counts: E[D] ({@link ExpectedDissimilarity}),
 * both tails ({@link DissimilarityChanceTest}), the corrected D ({@link CorrectedDissimilarity}) and
 * the {@link Verdict}. The null replicates it draws are handed on to χ²'s Monte-Carlo p-value.
 * Under disclosure control the counts are the published ones and so are the null's
 * ({@link CellPublication}): the tails compare like with like. E[D] and the bias correction stay
 * the closed forms of unperturbed counts (the perturbation is unbiased; its share of D shrinks as 1/n).
 *
 * <p>The chance model is a simple random sample of head counts, so the tails test the D of the head
 * counts; with weights the published D is weighted, and the excess and the corrected D are of it.
 */
public final class ChanceJudgement {
    /** Seeds the bootstrap's stream apart from the null's (the golden ratio's bits, SplitMix64's increment). */
    private static final long BOOTSTRAP_STREAM = 0x9E3779B97F4A7C15L;

    private final ChanceSettings settings;
    private final CellPublication publication;

    /** Without disclosure control. */
    public ChanceJudgement(ChanceSettings settings) {
        this(settings, null);
    }

    /** @param publication how the judged cells were published (null: as counted) */
    public ChanceJudgement(ChanceSettings settings, CellPublication publication) {
        this.settings = settings;
        this.publication = publication;
    }

    /** The baseline and the null replicates (null when n = 0). */
    public record Result(ChanceBaseline baseline, ChanceReplicates nullReplicates) {}

    /**
     * @param dissimilarity the published D (weighted when weights are given)
     * @param heads         head count per category, aligned with {@code popShares}
     * @param seed          fixed per process × stage × dimension, so every run gives the same numbers
     */
    public Result judge(double dissimilarity, long[] heads, double[] popShares, long seed) {
        long n = 0;
        for (long h : heads) {
            n += h;
        }
        if (n == 0) {
            return new Result(
                    new ChanceBaseline(null, null, null, null, null, null, null, Verdict.TOO_FEW.code()), null);
        }
        double[] shares = new double[heads.length];
        for (int k = 0; k < heads.length; k++) {
            shares[k] = (double) heads[k] / n;
        }
        double headsD = DissimilarityIndex.of(shares, popShares);
        double expected = ExpectedDissimilarity.underChance(n, popShares);
        // χ²* only where χ²'s p-value is simulated: the asymptotic test needs none
        ChanceReplicates nullReplicates = ChanceReplicates.draw(
                popShares,
                popShares,
                n,
                settings.replicates(),
                seed,
                ChiSquareGoodnessOfFit.simulated(heads, popShares),
                publication);
        DissimilarityChanceTest.Result tails = DissimilarityChanceTest.of(headsD, nullReplicates);
        ChanceReplicates bootstrap = ChanceReplicates.draw(
                shares, popShares, n, settings.bootstrapSamples(), seed ^ BOOTSTRAP_STREAM, false);
        // the bias is of the head counts' D; a weighted D is corrected by the same amount
        double bias = ExpectedDissimilarity.of(n, shares, popShares) - headsD;
        CorrectedDissimilarity.Result corrected =
                CorrectedDissimilarity.of(dissimilarity, dissimilarity + bias, bootstrap, settings.ciLevel());
        double excess = dissimilarity - expected;
        Verdict verdict = Verdict.of(n, excess, tails.pUpper(), tails.pLower(), settings.rule());
        return new Result(
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
