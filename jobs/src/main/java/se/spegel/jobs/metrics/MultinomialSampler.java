package se.spegel.jobs.metrics;

import java.util.Arrays;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.distribution.AliasMethodDiscreteSampler;
import org.apache.commons.rng.sampling.distribution.DiscreteSampler;
import org.apache.commons.rng.sampling.distribution.MarsagliaTsangWangDiscreteSampler;
import org.apache.commons.rng.sampling.distribution.PoissonSampler;

/**
 * Draws count vectors from Multinomial(n, p) exactly, for the Monte-Carlo χ² p-value.
 *
 * <p>Drawing the n participants one by one (Walker's alias method) costs n draws per
 * replicate; a national run has thousands of tests with n in the thousands. When that is
 * dearer, a replicate is Poissonised instead: draw independent X_k ~ Poisson(λ·p_k) with
 * λ = n − 3√n. Their sum S is Poisson(λ), and given S = s the vector is Multinomial(s, p);
 * adding n − s more one-by-one draws therefore gives Multinomial(n, p) for every s ≤ n. In
 * the rare replicate with S > n (P ≈ 0.13 %) the vector is drawn one by one from scratch,
 * which is Multinomial(n, p) too, so every replicate has exactly the multinomial law: the cost
 * falls to K Poisson draws and about 3√n single draws, the distribution does not change.
 * All samplers are Commons RNG's. Poisson means below 40 are drawn from Marsaglia, Tsang and
 * Wang's look-up table, which holds the pmf to 2⁻³⁰ (about 1e-9 per outcome): far below what
 * 2 000 replicates can resolve.
 */
final class MultinomialSampler {
    private static final double HEADROOM_SDS = 3;
    /** A Poisson draw costs about four alias draws (measured with Commons RNG 1.6, SplitMix64). */
    private static final int POISSON_COST = 4;
    /** Where Commons RNG's {@link PoissonSampler} switches to its large-mean algorithm. */
    private static final double SMALL_MEAN = 40;

    private final long n;
    private final DiscreteSampler single;
    /** One sampler per category with a positive share; null when drawing one by one is cheaper. */
    private final DiscreteSampler[] poisson;

    MultinomialSampler(UniformRandomProvider random, double[] shares, long n) {
        this.n = n;
        this.single = AliasMethodDiscreteSampler.of(random, shares);
        long headroom = (long) Math.ceil(HEADROOM_SDS * Math.sqrt(n));
        long categories = Arrays.stream(shares).filter(p -> p > 0).count();
        this.poisson = n - headroom > 0 && POISSON_COST * categories + headroom < n
                ? poissonSamplers(random, shares, n - headroom) : null;
    }

    private static DiscreteSampler[] poissonSamplers(UniformRandomProvider random, double[] shares, long lambda) {
        DiscreteSampler[] samplers = new DiscreteSampler[shares.length];
        for (int k = 0; k < shares.length; k++) {
            double mean = lambda * shares[k];
            if (mean > 0) {
                // a table (one draw per sample, built in microseconds) below the large-mean sampler's range,
                // where Commons RNG's default small-mean sampler multiplies O(mean) uniforms per draw
                samplers[k] = mean < SMALL_MEAN ? MarsagliaTsangWangDiscreteSampler.Poisson.of(random, mean)
                        : PoissonSampler.of(random, mean);
            }
        }
        return samplers;
    }

    /** Whether replicates are Poissonised (for tests: both paths must give the multinomial law). */
    boolean poissonised() {
        return poisson != null;
    }

    /** Fills {@code counts} (one slot per share) with one draw. */
    void draw(long[] counts) {
        if (poisson != null && drawPoissonised(counts)) {
            return;
        }
        Arrays.fill(counts, 0);
        addSingles(counts, n);
    }

    private boolean drawPoissonised(long[] counts) {
        long total = 0;
        for (int k = 0; k < counts.length; k++) {
            counts[k] = poisson[k] == null ? 0 : poisson[k].sample();
            total += counts[k];
        }
        if (total > n) {
            return false;
        }
        addSingles(counts, n - total);
        return true;
    }

    private void addSingles(long[] counts, long draws) {
        for (long j = 0; j < draws; j++) {
            counts[single.sample()]++;
        }
    }
}
