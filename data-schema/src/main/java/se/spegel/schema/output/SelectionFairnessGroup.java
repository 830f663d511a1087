package se.spegel.schema.output;

/**
 * A row of {@code selection_fairness_groups}: one category of one dimension of the pool.
 *
 * @param responseRate responded / invited in the category (null without an invited stage)
 * @param endToEndProbability response rate × mean selection probability: the chance of a seat given an invitation
 */
public record SelectionFairnessGroup(
        String processId,
        String dimension,
        String category,
        Long nPool,
        Double meanProbability,
        Double responseRate,
        Double endToEndProbability,
        boolean suppressed) {}
