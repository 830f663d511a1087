package se.spegel.schema.output;

/**
 * One project of a participatory budget: its official outcome, the greedy rule recomputed
 * from the ballots, and the same rule with the voters weighted to mirror the residents.
 *
 * @param votes approvals counted from the ballots
 * @param selectedOfficial the {@code selected} column of the Pabulib file (null when it has none)
 * @param change {@code gains}, {@code loses} or {@code unchanged}: weighted against unweighted
 */
public record ProjectOutcome(
        String processId,
        String projectId,
        String name,
        long cost,
        long votes,
        double weightedVotes,
        Boolean selectedOfficial,
        boolean selectedUnweighted,
        boolean selectedWeighted,
        String change) {}
