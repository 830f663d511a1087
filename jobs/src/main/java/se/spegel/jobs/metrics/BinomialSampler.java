package se.spegel.jobs.metrics;

import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.distribution.DiscreteSampler;
import org.apache.commons.rng.sampling.distribution.MarsagliaTsangWangDiscreteSampler;

/**
 * Draws Binomial(trials, p) exactly with Commons RNG's Marsaglia–Tsang–Wang look-up table (one
 * table read per draw; the table holds the pmf to 2⁻³⁰, far below what a few thousand replicates
 * resolve). That sampler takes at most 2¹⁶ − 1 trials and fails when the probability of its
 * first outcome underflows (about 5 000 trials at p = ½). A binomial is a sum of independent
 * binomials of the same p over parts of its trials, so larger counts are drawn as a sum over
 * equal chunks (halved until the table can be built) and one rest chunk.
 */
final class BinomialSampler {
    private static final int MAX_TRIALS = (1 << 16) - 1;

    private final DiscreteSampler chunk;
    private final long chunks;
    private final DiscreteSampler rest;

    BinomialSampler(UniformRandomProvider random, long trials, double p) {
        if (trials < 0 || !(p >= 0 && p <= 1)) {
            throw new IllegalArgumentException("Binomial(" + trials + ", " + p + ") is not a distribution");
        }
        int size = (int) Math.min(Math.max(trials, 1), MAX_TRIALS);
        DiscreteSampler built = null;
        while (built == null) {
            try {
                built = MarsagliaTsangWangDiscreteSampler.Binomial.of(random, size, p);
            } catch (IllegalArgumentException tooWide) {
                if (size == 1) {
                    throw tooWide;
                }
                size = (size + 1) / 2;
            }
        }
        this.chunk = built;
        this.chunks = trials / size;
        long left = trials % size;
        this.rest = left == 0 ? null : MarsagliaTsangWangDiscreteSampler.Binomial.of(random, (int) left, p);
    }

    long sample() {
        long successes = rest == null ? 0 : rest.sample();
        for (long c = 0; c < chunks; c++) {
            successes += chunk.sample();
        }
        return successes;
    }
}
