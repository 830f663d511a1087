package se.spegel.jobs.compare;

/**
 * How intervals are computed: {@code bootstrapSamples} resamples, confidence {@code level}, and the
 * {@code seed} of the random streams (same seed, same input: the same output, byte for byte).
 */
public record ComparisonSettings(int bootstrapSamples, long seed, double level) {

    public ComparisonSettings {
        new PercentileBootstrap(bootstrapSamples, level); // validates both
    }
}
