package se.spegel.schema.output;

/**
 * A row of {@code selection_fairness}: the spread of the pool's selection probabilities.
 *
 * @param gini Σ_i Σ_j |p_i − p_j| / (2 n² p̄): 0 when everyone had the same chance
 * @param shareBelowHalfMean the share of the pool whose chance was below half the mean
 * @param expectedPanelSize Σ p, the panel size the probabilities imply
 */
public record SelectionFairness(
        String processId,
        long nPool,
        double minProbability,
        double maxProbability,
        double meanProbability,
        Double gini,
        double shareBelowHalfMean,
        double expectedPanelSize) {}
