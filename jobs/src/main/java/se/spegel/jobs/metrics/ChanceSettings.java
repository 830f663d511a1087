package se.spegel.jobs.metrics;

/**
 * How D is read against chance (conf's {@code spegel.verdict}).
 *
 * @param replicates       B of the Monte-Carlo tails (and of χ²'s Monte-Carlo p-value, drawn together)
 * @param bootstrapSamples B of the bootstrap interval of the corrected D
 * @param ciLevel          level of that interval
 */
public record ChanceSettings(int replicates, int bootstrapSamples, double ciLevel, Verdict.Rule rule) {
    /** conf/spegel.conf's defaults. */
    public static final ChanceSettings DEFAULTS =
            new ChanceSettings(2_000, 500, 0.95, new Verdict.Rule(20, 0.05, 0.10, 0.05, 0.15));

    public ChanceSettings {
        if (replicates < 1 || bootstrapSamples < 1 || !(ciLevel > 0 && ciLevel < 1)) {
            throw new IllegalArgumentException("need replicates >= 1, bootstrap samples >= 1 and 0 < level < 1, was "
                    + replicates + ", " + bootstrapSamples + ", " + ciLevel);
        }
    }
}
