package se.spegel.jobs.metrics;

/**
 * Is a group's D larger (or smaller) than a simple random sample of the same size from the
 * population would give? Monte-Carlo tails over B replicates D* of Multinomial(n, p) draws
 * ({@link ChanceReplicates}), counted as R's {@code chisq.test(simulate.p.value = TRUE)} counts its
 * χ² (Davison &amp; Hinkley 1997, eq. 4.11: the observed value counts as one of the B + 1):
 * upper p = (1 + #{D* ≥ D − 1e-12}) / (B + 1), lower p = (1 + #{D* ≤ D + 1e-12}) / (B + 1).
 * The 1e-12 lets a replicate equal to D count although the two sums were rounded differently;
 * D takes few distinct values for a small n, so ties are common and must count in both tails.
 *
 * <p>A small upper p says the group differs from the residents more than chance explains
 * (self-selection); a small lower p says it is closer to them than chance, as a stratified lottery
 * that fixes the shares by design should be.
 */
public final class DissimilarityChanceTest {
    static final double TIE = 1e-12;

    private DissimilarityChanceTest() {}

    public record Result(double pUpper, double pLower) {}

    /** @param dissimilarity the group's D from its head counts, the statistic the replicates are draws of */
    public static Result of(double dissimilarity, ChanceReplicates nullReplicates) {
        double[] d = nullReplicates.dissimilarity();
        int atLeast = 0;
        int atMost = 0;
        for (double replicate : d) {
            if (replicate >= dissimilarity - TIE) {
                atLeast++;
            }
            if (replicate <= dissimilarity + TIE) {
                atMost++;
            }
        }
        double denominator = d.length + 1.0;
        return new Result((1 + atLeast) / denominator, (1 + atMost) / denominator);
    }
}
