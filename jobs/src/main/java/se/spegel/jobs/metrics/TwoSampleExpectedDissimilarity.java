package se.spegel.jobs.metrics;

/**
 * The expected dissimilarity between two independent samples: E[D*] = ½ Σ_k E|X_k/n − Y_k/m| with
 * X ~ Multinomial(n, a) (the participants) and Y ~ Multinomial(m, b) (a survey's respondents). The
 * expectation of a sum needs only the marginals, X_k ~ Binomial(n, a_k) and Y_k ~ Binomial(m, b_k),
 * so it is exact without simulation, as {@link ExpectedDissimilarity} is against a register.
 *
 * <p>Per category, with U = X/n and V = Y/m: E|U − V| = E(U − V) + 2·E(V − U)⁺ and
 * E(V − U)⁺ = Σ_y P(Y = y)·[(y/m)·P(X ≤ t_y) − E(X·1{X ≤ t_y})/n], t_y = ⌊n·y/m⌋ (an outcome with
 * X/n = y/m adds 0 either way). With X's prefix sums ({@link BinomialPmf}) that is O(n + m) per
 * category, not the O(n·m) of the double sum.
 *
 * <p>With a = b = the pooled shares it is D's chance level when the "population" is a survey (both
 * samples drawn from one population: the two-sample null); with a = the participants' shares and
 * b = the survey's it is the mean of a bootstrap that resamples both sides ({@link SurveyChanceJudgement}).
 */
public final class TwoSampleExpectedDissimilarity {
    private TwoSampleExpectedDissimilarity() {}

    /** E[½ Σ_k |X_k/n − Y_k/m|] for X ~ Multinomial(n, a), Y ~ Multinomial(m, b), independent. */
    public static double of(long n, double[] a, long m, double[] b) {
        if (n <= 0 || m <= 0) {
            return Double.NaN;
        }
        double sum = 0;
        for (int k = 0; k < a.length; k++) {
            sum += absoluteDifference(n, a[k], m, b[k]);
        }
        return sum / 2;
    }

    /** E|X/n − Y/m| for X ~ Binomial(n, a), Y ~ Binomial(m, b), independent. */
    static double absoluteDifference(long n, double a, long m, double b) {
        BinomialPmf x = BinomialPmf.of(n, a);
        BinomialPmf y = BinomialPmf.of(m, b);
        double positivePart = 0;
        for (long outcome = y.low(); outcome <= y.high(); outcome++) {
            double p = y.probability(outcome);
            if (p == 0) {
                continue;
            }
            long t = Math.floorDiv(Math.multiplyExact(n, outcome), m);
            double v = (double) outcome / m;
            positivePart += p * (v * x.cumulative(t) - x.partialMean(t) / n);
        }
        // ≥ 0 in exact arithmetic; the terms can cancel to a tiny negative number
        return Math.max(0, (clamp(a) - clamp(b)) + 2 * Math.max(0, positivePart));
    }

    private static double clamp(double share) {
        return Math.max(0, Math.min(1, share));
    }
}
