package se.spegel.schema.output;

/**
 * A dimension's D read against chance (the last columns of {@code dimension_summary}; meanings in
 * data-schema/README.md): E[D] of a simple random sample of the same size, both Monte-Carlo tails,
 * D − E[D], the bias-corrected D with its bootstrap interval, and the verdict. Null cells are not
 * computed or withheld.
 */
public record ChanceBaseline(
        Double expectedDissimilarity,
        Double pRandom,
        Double pRandomLower,
        Double excess,
        Double corrected,
        Double ciLow,
        Double ciHigh,
        String verdict) {

    /** The same baseline without what would give the group's size back (E[D] is a function of n). */
    public ChanceBaseline withoutSize() {
        return new ChanceBaseline(null, pRandom, pRandomLower, null, corrected, ciLow, ciHigh, verdict);
    }
}
