package se.spegel.jobs.compare;

import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.simple.RandomSource;

/**
 * Each method × dimension resamples from its own random stream (XoRoShiRo128++ seeded with the
 * run's seed and the cell's key), so a cell's intervals depend only on the seed and its own
 * processes: adding a method, a dimension or another folder leaves the other cells' intervals as
 * they were. The key's hash is {@link String#hashCode()}, whose value the Java language fixes.
 */
final class StreamSeeds {
    private StreamSeeds() {}

    static UniformRandomProvider forCell(long seed, String method, String dimension) {
        long key = (method + '\u0000' + dimension).hashCode();
        return RandomSource.XO_RO_SHI_RO_128_PP.create(new long[] {seed, key});
    }
}
