package se.spegel.jobs.metrics;

import org.apache.commons.rng.UniformRandomProvider;

/**
 * Draws n of the M = Σ m_k people of a pool (m_k in category k) without replacement: the
 * category counts of the draw follow the multivariate hypergeometric law.
 *
 * <p>Drawing people one by one costs n draws per replicate. Instead each person is first kept
 * with probability q = n/M independently, i.e. X_k ~ Binomial(m_k, q) per category
 * ({@link BinomialSampler}). Given their sum S = s the kept people are a uniformly random
 * s-subset of the pool (every person had the same chance). When s &lt; n, n − s more are added,
 * each uniformly among those not kept yet; when s &gt; n, s − n are taken away, each uniformly
 * among those kept. Either way the result is exchangeable in the people, so it is a uniformly
 * random n-subset: exactly a draw without replacement, at the cost of K binomial draws and
 * |S − n| ≈ √(n(1 − q)) single steps of O(K) each. (The same construction as the Poissonised
 * {@link MultinomialSampler}, with thinning in place of Poisson.)
 */
final class HypergeometricSampler {
    private final long[] pool;
    private final long total;
    private final long n;
    private final UniformRandomProvider random;
    private final BinomialSampler[] kept;

    HypergeometricSampler(UniformRandomProvider random, long[] pool, long n) {
        long sum = 0;
        for (long m : pool) {
            if (m < 0) {
                throw new IllegalArgumentException("a negative count in the pool");
            }
            sum += m;
        }
        if (n < 0 || n > sum) {
            throw new IllegalArgumentException("cannot draw " + n + " of " + sum);
        }
        this.pool = pool.clone();
        this.total = sum;
        this.n = n;
        this.random = random;
        this.kept = new BinomialSampler[pool.length];
        double q = sum == 0 ? 0 : (double) n / sum;
        for (int k = 0; k < pool.length; k++) {
            kept[k] = new BinomialSampler(random, pool[k], q);
        }
    }

    /** Fills {@code counts} (one slot per pool category) with one draw. */
    void draw(long[] counts) {
        long drawn = 0;
        for (int k = 0; k < counts.length; k++) {
            counts[k] = kept[k].sample();
            drawn += counts[k];
        }
        for (; drawn < n; drawn++) {
            // one more person, uniform among the total − drawn not drawn yet
            long pick = random.nextLong(total - drawn);
            int k = 0;
            while (pick >= pool[k] - counts[k]) {
                pick -= pool[k] - counts[k];
                k++;
            }
            counts[k]++;
        }
        for (; drawn > n; drawn--) {
            // one person fewer, uniform among the drawn ones
            long pick = random.nextLong(drawn);
            int k = 0;
            while (pick >= counts[k]) {
                pick -= counts[k];
                k++;
            }
            counts[k]--;
        }
    }
}
