package se.spegel.jobs.weights;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The population of one raked dimension: residents per category. Only the shares matter
 * (raking keeps the participants' total weight), so margins of tables with different
 * totals can be raked together.
 */
public record RakingMargin(String dimension, Map<String, Double> population) {
    public RakingMargin {
        population = Collections.unmodifiableMap(new LinkedHashMap<>(population));
        double total =
                population.values().stream().mapToDouble(Double::doubleValue).sum();
        if (population.values().stream().anyMatch(n -> !(n >= 0)) || !(total > 0)) {
            throw new IllegalArgumentException(dimension + ": population counts must be ≥ 0 and add up to more than 0");
        }
    }

    public double total() {
        return population.values().stream().mapToDouble(Double::doubleValue).sum();
    }

    /** The category's share of the population (0 when it is not listed). */
    public double share(String category) {
        return population.getOrDefault(category, 0.0) / total();
    }
}
