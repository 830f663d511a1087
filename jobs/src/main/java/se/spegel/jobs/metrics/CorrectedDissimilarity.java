package se.spegel.jobs.metrics;

import org.apache.commons.math3.stat.descriptive.rank.Percentile;
import org.apache.commons.math3.stat.descriptive.rank.Percentile.EstimationType;

/**
 * D corrected for its small-sample bias, with a bootstrap interval: the bootstrap bias correction
 * of Allen, Burgess, Davidson &amp; Windmeijer (2015), "More reliable inference for the dissimilarity
 * index of segregation", The Econometrics Journal 18(1): 40–66, with the bootstrap mean taken
 * analytically as Mazza &amp; Punzo (2015), Sociological Methods &amp; Research 44(1),
 * doi:10.1177/0049124114543242, showed it can be.
 *
 * <p>D of observed shares ŝ overstates the true D, most for small n (a group that mirrors the
 * residents in expectation still shows D ≈ E[D] &gt; 0). The bootstrap estimates that bias as
 * bias = E*[D*] − D, with D* the D of a resample of n from ŝ, and corrects D_c = D − bias = 2D − E*[D*].
 * Here the population shares are known exactly (official counts), so only the group is resampled:
 * D* = ½ Σ |X_k/n − p_k|, X ~ Multinomial(n, ŝ). E*[D*] is exact ({@link ExpectedDissimilarity#of},
 * an infinite bootstrap), so D_c carries no Monte-Carlo error.
 *
 * <p>The interval (a choice made here, documented in data-schema/README.md): the percentile
 * interval of B resampled D* shifted by the same bias, [q_{(1−level)/2}(D*) − bias,
 * q_{(1+level)/2}(D*) − bias] (quantiles as R's type 7), so that it brackets D_c as the plain
 * percentile interval brackets D. D cannot be negative: the estimate and both ends are cut at 0
 * (a group closer to the residents than its size allows reads D_c = 0).
 */
public final class CorrectedDissimilarity {
    private CorrectedDissimilarity() {}

    public record Result(double corrected, double ciLow, double ciHigh) {}

    /**
     * @param dissimilarity the group's D
     * @param bootstrapMean E*[D*], exact
     * @param bootstrap     B resamples of D* from the observed shares
     */
    public static Result of(double dissimilarity, double bootstrapMean, ChanceReplicates bootstrap, double level) {
        double bias = bootstrapMean - dissimilarity;
        Percentile quantile = new Percentile().withEstimationType(EstimationType.R_7);
        quantile.setData(bootstrap.dissimilarity());
        double low = quantile.evaluate(100 * (1 - level) / 2);
        double high = quantile.evaluate(100 * (1 + level) / 2);
        return new Result(Math.max(0, dissimilarity - bias), Math.max(0, low - bias), Math.max(0, high - bias));
    }
}
