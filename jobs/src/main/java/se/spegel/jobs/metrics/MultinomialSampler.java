package se.spegel.jobs.metrics;

import java.util.Arrays;
import org.apache.commons.math3.distribution.NormalDistribution;
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
 * λ = n − c√n. Their sum S is Poisson(λ), and given S = s the vector is Multinomial(s, p),
 * i.e. s independent draws. When s ≤ n, adding n − s more one-by-one draws gives
 * Multinomial(n, p). When s > n the Poisson vector is drawn again: given S = s the vector is
 * Multinomial(s, p) whatever S was conditioned on, so keeping only totals s ≤ n and topping
 * them up still gives Multinomial(n, p) exactly. Every replicate has the multinomial law, at the
 * cost of K Poisson draws per try (1 / P(S ≤ n) tries, about 1.2 for c = 1) and about
 * (c + φ(c)/Φ(c))·√n single draws. (Taking s − n drawn participants away at random, as an earlier
 * version did, is exact too, but its linear scan over K per removal was the metrics' largest
 * cost in a national profile.) Any c gives the multinomial law, so c is chosen per dimension
 * to minimise the expected cost, K Poisson draws per try over 1 / Φ(c) tries plus the single
 * draws: a look-up-table Poisson draw costs about one single draw and a large-mean one about
 * four (measured with Commons RNG 1.6, SplitMix64), so where most categories' means are
 * tabled and n is large c is near zero or below it (more tries, fewer single draws), and where
 * K is large next to √n it is above one.
 * All samplers are Commons RNG's. Poisson means below 1 024 (the table's limit) are drawn from
 * Marsaglia, Tsang and Wang's look-up table, which holds the pmf to 2⁻³⁰ (about 1e-9 per outcome):
 * far below what 2 000 replicates can resolve. A draw from it is one table look-up, about a third
 * of the large-mean sampler's cost; its build (tens of microseconds) is paid once per dimension
 * and amortised over the replicates, which every dimension now draws (D's chance test).
 */
final class MultinomialSampler {
    /** Cost of a Poisson draw in single draws: from the look-up table, and from the large-mean sampler. */
    private static final double TABLE_POISSON_COST = 1;

    private static final double LARGE_POISSON_COST = 4;
    /** The headrooms tried, in standard deviations of the Poisson total. */
    private static final double[] HEADROOMS = {-1, -0.75, -0.5, -0.25, 0, 0.25, 0.5, 0.75, 1, 1.5, 2, 2.5, 3};
    /** Below this mean the look-up table is used (Commons RNG's limit for it). */
    private static final double TABLE_MEAN_LIMIT = 1024;

    private static final NormalDistribution STANDARD_NORMAL = new NormalDistribution(null, 0, 1);

    private final long n;
    private final DiscreteSampler single;
    /** One sampler per category with a positive share; null when drawing one by one is cheaper. */
    private final DiscreteSampler[] poisson;

    MultinomialSampler(UniformRandomProvider random, double[] shares, long n) {
        this.n = n;
        this.single = AliasMethodDiscreteSampler.of(random, shares);
        double headroom = cheapestHeadroom(shares, n);
        this.poisson = Double.isNaN(headroom)
                ? null
                : poissonSamplers(random, shares, n - (long) Math.ceil(headroom * Math.sqrt(n)));
    }

    /**
     * The headroom c (in √n) with the least expected cost per replicate, or NaN when the n
     * participants are drawn one by one.
     */
    static double cheapestHeadroom(double[] shares, long n) {
        double poissonCost = 0;
        for (double share : shares) {
            if (share > 0) {
                poissonCost += n * share < TABLE_MEAN_LIMIT ? TABLE_POISSON_COST : LARGE_POISSON_COST;
            }
        }
        double root = Math.sqrt(n);
        long categories = Arrays.stream(shares).filter(p -> p > 0).count();
        // small groups are drawn one by one: the Poisson tables' build (once per dimension) would
        // cost more than the single draws it saves
        if (LARGE_POISSON_COST * categories + Math.ceil(root) >= n) {
            return Double.NaN;
        }
        double best = Double.NaN;
        double bestCost = n;
        for (double c : HEADROOMS) {
            if (n - Math.ceil(c * root) <= 0) {
                continue;
            }
            double accepted = STANDARD_NORMAL.cumulativeProbability(c);
            double cost = poissonCost / accepted + root * (c + STANDARD_NORMAL.density(c) / accepted);
            if (cost < bestCost) {
                bestCost = cost;
                best = c;
            }
        }
        return best;
    }

    private static DiscreteSampler[] poissonSamplers(UniformRandomProvider random, double[] shares, long lambda) {
        DiscreteSampler[] samplers = new DiscreteSampler[shares.length];
        for (int k = 0; k < shares.length; k++) {
            double mean = lambda * shares[k];
            if (mean > 0) {
                // a table (one look-up per sample, built once): Commons RNG's default small-mean sampler
                // multiplies O(mean) uniforms per draw, its large-mean one costs about three look-ups
                samplers[k] = mean < TABLE_MEAN_LIMIT
                        ? MarsagliaTsangWangDiscreteSampler.Poisson.of(random, mean)
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
        if (poisson == null) {
            Arrays.fill(counts, 0);
            addSingles(counts, n);
            return;
        }
        long total;
        do {
            total = 0;
            for (int k = 0; k < counts.length; k++) {
                counts[k] = poisson[k] == null ? 0 : poisson[k].sample();
                total += counts[k];
            }
        } while (total > n);
        addSingles(counts, n - total);
    }

    private void addSingles(long[] counts, long draws) {
        for (long j = 0; j < draws; j++) {
            counts[single.sample()]++;
        }
    }
}
