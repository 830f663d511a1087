package se.spegel.jobs.weights;

/**
 * The population has people in a category that no participant belongs to: no weighting can
 * give that category its share, so raking cannot start.
 */
public final class InfeasibleMarginException extends RuntimeException {
    private final String dimension;
    private final String category;
    private final double population;

    public InfeasibleMarginException(String dimension, String category, double population) {
        super(dimension + " category '" + category + "' has " + Math.round(population)
                + " residents but no participant; merge it with a neighbouring category or leave "
                + dimension + " out of the raking");
        this.dimension = dimension;
        this.category = category;
        this.population = population;
    }

    public String dimension() {
        return dimension;
    }

    public String category() {
        return category;
    }

    public double population() {
        return population;
    }
}
