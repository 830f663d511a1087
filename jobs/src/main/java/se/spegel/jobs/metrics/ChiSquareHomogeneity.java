package se.spegel.jobs.metrics;

import org.apache.commons.math3.special.Gamma;

/**
 * Pearson's χ² test of homogeneity of a 2 × K table: the participants' head counts against a
 * survey's counts (its shares × its n), so that the survey's own sampling error is in the test
 * (a goodness-of-fit test against the survey's shares would treat them as exact). Expected counts
 * E_rk = R_r·C_k / N, df = K − 1 over the categories with a positive column total (as R's
 * {@code chisq.test(rbind(x, y))}). When an expected count is below 5 the p-value is simulated from
 * the two-sample null's replicates ({@link TwoSampleReplicates}), as {@link ChiSquareGoodnessOfFit}
 * simulates its own: p = (1 + #{χ²* ≥ χ²}) / (B + 1).
 */
public final class ChiSquareHomogeneity {
    private static final double ALMOST_ONE = 1 - 64 * Math.ulp(1.0);

    private ChiSquareHomogeneity() {}

    /** @param n the participants in tested categories, whom the test is about */
    public record Result(double chi2, int df, double pValue, boolean monteCarlo, long n) {}

    /**
     * Null when fewer than two categories have a positive column total or either row is empty.
     *
     * @param replicates the two-sample null's replicates with χ²*, used when an expected count is below 5
     */
    public static Result test(long[] participants, double[] survey, ChanceReplicates replicates) {
        double[] x = new double[participants.length];
        long n = 0;
        for (int i = 0; i < x.length; i++) {
            x[i] = participants[i];
            n += participants[i];
        }
        int categories = 0;
        double surveyTotal = 0;
        for (int i = 0; i < x.length; i++) {
            categories += x[i] + survey[i] > 0 ? 1 : 0;
            surveyTotal += survey[i];
        }
        if (n == 0 || surveyTotal <= 0 || categories < 2) {
            return null;
        }
        double chi2 = statistic(x, survey);
        int df = categories - 1;
        if (minExpected(x, survey) >= 5 || replicates == null || replicates.chi2() == null) {
            return new Result(chi2, df, Gamma.regularizedGammaQ(df / 2.0, chi2 / 2), false, n);
        }
        int atLeast = 0;
        for (double replicate : replicates.chi2()) {
            if (replicate >= ALMOST_ONE * chi2) {
                atLeast++;
            }
        }
        return new Result(chi2, df, (1.0 + atLeast) / (replicates.chi2().length + 1.0), true, n);
    }

    /** Whether {@link #test} simulates its p-value (some expected count below 5), so needs χ²* replicates. */
    static boolean simulated(long[] participants, double[] survey) {
        double[] x = new double[participants.length];
        for (int i = 0; i < x.length; i++) {
            x[i] = participants[i];
        }
        return minExpected(x, survey) < 5;
    }

    /** Σ_r Σ_k (O_rk − E_rk)² / E_rk over the columns with a positive total; 0 when a row is empty. */
    static double statistic(double[] x, double[] y) {
        double rowX = 0;
        double rowY = 0;
        for (int i = 0; i < x.length; i++) {
            rowX += x[i];
            rowY += y[i];
        }
        double total = rowX + rowY;
        if (rowX <= 0 || rowY <= 0) {
            return 0;
        }
        double chi2 = 0;
        for (int i = 0; i < x.length; i++) {
            double column = x[i] + y[i];
            if (column > 0) {
                double ex = rowX * column / total;
                double ey = rowY * column / total;
                chi2 += (x[i] - ex) * (x[i] - ex) / ex + (y[i] - ey) * (y[i] - ey) / ey;
            }
        }
        return chi2;
    }

    private static double minExpected(double[] x, double[] y) {
        double rowX = 0;
        double rowY = 0;
        for (int i = 0; i < x.length; i++) {
            rowX += x[i];
            rowY += y[i];
        }
        double total = rowX + rowY;
        double min = Double.MAX_VALUE;
        for (int i = 0; i < x.length; i++) {
            double column = x[i] + y[i];
            if (column > 0) {
                min = Math.min(min, Math.min(rowX, rowY) * column / total);
            }
        }
        return min;
    }
}
