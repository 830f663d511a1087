package se.spegel.schema.output;

/**
 * A row of {@code method_comparison_groups}: how often one method left one group (category of a
 * dimension) significantly under- or over-represented, over its processes at their final stage.
 * Shares are of {@code nTested} (processes whose row for the group has a significance result);
 * null when no process tested the group. {@code medianRatio} is the median of the published ratios,
 * null when more than half of the processes withheld the group. {@code rank} orders the methods for
 * this group, 1 = highest median ratio (ties: less often significantly under-represented first); null
 * without a median ratio.
 */
public record MethodGroupReach(
        String method,
        String dimension,
        String category,
        int nProcesses,
        int nTested,
        int nUnder,
        Double shareUnder,
        int nOver,
        Double shareOver,
        int nWithheld,
        Double medianRatio,
        Integer rank) {

    /** The same row with its rank among the methods. */
    public MethodGroupReach withRank(Integer newRank) {
        return new MethodGroupReach(
                method,
                dimension,
                category,
                nProcesses,
                nTested,
                nUnder,
                shareUnder,
                nOver,
                shareOver,
                nWithheld,
                medianRatio,
                newRank);
    }
}
