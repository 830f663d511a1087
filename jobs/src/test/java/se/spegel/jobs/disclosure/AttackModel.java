package se.spegel.jobs.disclosure;

/**
 * What an attacker who has read the methodology assumes about a published count: which true
 * counts it can have come from. Written from the published description of each method, not
 * from the code that publishes, so the attack does not share the publisher's mistakes.
 *
 * @param minCount k, the smallest count shown as a number
 * @param maxNoise D of the cell key method's ptable; -1 for plain suppression (counts true)
 */
record AttackModel(int minCount, int maxNoise) {
    /** Larger than any count of the generated processes: "unbounded". */
    static final long UNBOUNDED = 1_000_000;

    /** Primary and complementary suppression of true counts (Spegel before the cell key method). */
    static AttackModel suppression(int minCount) {
        return new AttackModel(minCount, -1);
    }

    /** The cell key method: zeros stay, 1..k−1 all alike, from k on within D, never below k, and k only from k. */
    static AttackModel cellKey(int minCount, int maxNoise) {
        return new AttackModel(minCount, maxNoise);
    }

    boolean perturbed() {
        return maxNoise >= 0;
    }

    /** The true counts a count published as a number can have come from, {low, high}. */
    long[] range(long published) {
        return range(published, false);
    }

    /**
     * The same for a count that may also be an empty population category (the cell key method
     * publishes some of those as small counts).
     */
    long[] range(long published, boolean mayBeEmpty) {
        if (!perturbed() || published == 0) {
            return new long[] {published, published};
        }
        if (published < minCount) {
            return new long[] {mayBeEmpty ? 0 : 1, minCount - 1};
        }
        // a true k is always published as k; any larger t lands within D of itself, at k or above
        long low = published == minCount ? minCount : Math.max(minCount + 1, published - maxNoise);
        return new long[] {low, published + maxNoise};
    }

    /** The true counts of a withheld cell: 1..k−1, or (complementary suppression) any positive count. */
    long[] withheld() {
        return withheld(false);
    }

    /** The same for a population category, which the cell key method may publish as small although empty. */
    long[] withheld(boolean mayBeEmpty) {
        return perturbed() ? new long[] {mayBeEmpty ? 0 : 1, minCount - 1} : new long[] {1, UNBOUNDED};
    }

    /** Whether published totals (n_valid, a stage's n) are true totals rather than sums of perturbed parts. */
    boolean exactTotals() {
        return !perturbed();
    }

    /** The largest value on the published scale a withheld cell can have (what solving D can find). */
    long withheldPublishedMax(long total) {
        return perturbed() ? minCount - 1 : total;
    }
}
