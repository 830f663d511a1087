package se.spegel.jobs.metrics;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;

/**
 * Test-only, independent reference for R's two-sided {@code binom.test} p-value, in exact
 * integer arithmetic (no Commons Math, no code under test).
 *
 * <p>With p = a/b, P(X = i) = C(n, i) · a^i · (b − a)^(n − i) / b^n. R's definition: the
 * p-value is the sum of P(X = i) over every i with P(X = i) ≤ P(X = k) · (1 + 1e-7), capped
 * at 1. The tolerance comparison is done exactly on the integer numerators:
 * num_i · 10^7 ≤ num_k · (10^7 + 1).
 */
final class BinomialReference {
    private static final BigInteger TEN_TO_7 = BigInteger.TEN.pow(7);

    private BinomialReference() {}

    /** Numerators C(n, i) · a^i · (b − a)^(n − i) for i = 0..n (common denominator b^n). */
    static BigInteger[] numerators(int n, long a, long b) {
        BigInteger[] num = new BigInteger[n + 1];
        BigInteger binomial = BigInteger.ONE; // C(n, 0)
        BigInteger bigA = BigInteger.valueOf(a);
        BigInteger bigB = BigInteger.valueOf(b - a);
        for (int i = 0; i <= n; i++) {
            num[i] = binomial.multiply(bigA.pow(i)).multiply(bigB.pow(n - i));
            // C(n, i + 1) = C(n, i) · (n − i) / (i + 1), exact
            binomial = binomial.multiply(BigInteger.valueOf(n - i)).divide(BigInteger.valueOf(i + 1));
        }
        return num;
    }

    /** Two-sided p-value as an exact fraction's numerator over b^n, capped at 1, as a double. */
    static double twoSided(int k, int n, long a, long b) {
        BigInteger[] num = numerators(n, a, b);
        BigInteger limit = num[k].multiply(TEN_TO_7.add(BigInteger.ONE));
        BigInteger sum = BigInteger.ZERO;
        for (BigInteger term : num) {
            if (term.multiply(TEN_TO_7).compareTo(limit) <= 0) {
                sum = sum.add(term);
            }
        }
        BigInteger denominator = BigInteger.valueOf(b).pow(n);
        if (sum.compareTo(denominator) >= 0) {
            return 1.0;
        }
        return new BigDecimal(sum)
                .divide(new BigDecimal(denominator), new MathContext(40))
                .doubleValue();
    }
}
