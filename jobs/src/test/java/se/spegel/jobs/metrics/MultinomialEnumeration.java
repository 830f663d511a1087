package se.spegel.jobs.metrics;

import java.util.function.ObjDoubleConsumer;

/**
 * Test-only: every outcome of Multinomial(n, p) with its probability n!/(Π x_k!) Π p_k^x_k, computed
 * from log-factorials summed by hand (no Commons Math, no code under test). For small n and K only.
 */
final class MultinomialEnumeration {
    private MultinomialEnumeration() {}

    static void forEach(int n, double[] p, ObjDoubleConsumer<int[]> outcome) {
        double[] logFactorial = new double[n + 1];
        for (int i = 1; i <= n; i++) {
            logFactorial[i] = logFactorial[i - 1] + Math.log(i);
        }
        recurse(new int[p.length], 0, n, p, logFactorial, n, outcome);
    }

    private static void recurse(
            int[] x, int k, int left, double[] p, double[] logFactorial, int n, ObjDoubleConsumer<int[]> outcome) {
        if (k == x.length - 1) {
            x[k] = left;
            double log = logFactorial[n];
            for (int i = 0; i < x.length; i++) {
                if (x[i] > 0) {
                    if (p[i] == 0) {
                        return; // impossible outcome
                    }
                    log += x[i] * Math.log(p[i]) - logFactorial[x[i]];
                }
            }
            outcome.accept(x, Math.exp(log));
            return;
        }
        for (int v = 0; v <= left; v++) {
            x[k] = v;
            recurse(x, k + 1, left - v, p, logFactorial, n, outcome);
        }
    }

    /** D = ½ Σ |x_k/n − p_k| written out for the tests. */
    static double dissimilarity(int[] x, double[] p) {
        int n = 0;
        for (int v : x) {
            n += v;
        }
        double sum = 0;
        for (int k = 0; k < x.length; k++) {
            sum += Math.abs((double) x[k] / n - p[k]);
        }
        return sum / 2;
    }
}
