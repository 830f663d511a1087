package se.spegel.jobs.weights;

/**
 * How raking runs.
 *
 * @param tolerance largest accepted difference between a weighted share and its population
 *                  share (fractions 0–1), over every category of every raked dimension
 * @param maxIterations most raking cycles (one cycle adjusts every dimension once), trimming rounds included
 * @param minRelativeWeight lowest allowed weight as a multiple of the mean weight (null: no lower bound)
 * @param maxRelativeWeight highest allowed weight as a multiple of the mean weight (null: no upper bound)
 */
public record RakingSettings(double tolerance, int maxIterations, Double minRelativeWeight, Double maxRelativeWeight) {
    public static final double DEFAULT_TOLERANCE = 1e-6;
    public static final int DEFAULT_MAX_ITERATIONS = 1000;

    public RakingSettings {
        if (!(tolerance > 0) || maxIterations < 1) {
            throw new IllegalArgumentException("raking needs a positive tolerance and at least one iteration");
        }
        if (minRelativeWeight != null && !(minRelativeWeight >= 0 && minRelativeWeight <= 1)) {
            throw new IllegalArgumentException(
                    "the lower weight bound must lie in 0..1 (a multiple of the mean weight)");
        }
        if (maxRelativeWeight != null && !(maxRelativeWeight >= 1)) {
            throw new IllegalArgumentException(
                    "the upper weight bound must be at least 1 (a multiple of the mean weight)");
        }
    }

    public static RakingSettings defaults() {
        return new RakingSettings(DEFAULT_TOLERANCE, DEFAULT_MAX_ITERATIONS, null, null);
    }

    public boolean trims() {
        return minRelativeWeight != null || maxRelativeWeight != null;
    }
}
