package se.spegel.jobs.metrics;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import se.spegel.jobs.disclosure.EmptyCells;
import se.spegel.jobs.disclosure.PerturbationTable;
import se.spegel.schema.output.CategoryGap;
import se.spegel.schema.output.DimensionSummary;
import se.spegel.schema.output.ProcessSummary;

/**
 * What of the metric rows is published, once every participant count has been perturbed by
 * the cell key method ({@link PerturbationTable}, applied to the cells before any metric is
 * computed). A perturbed count from 1 to k − 1 comes from a true count from 1 to k − 1 (and
 * only from one), whose value it does not reveal; it is still not shown as a number, which a
 * reader would take as a fact: its row keeps the population figures, blanks n, share, gap,
 * ratio, rate, p-value and significance, sets {@code suppressed} and gives in
 * {@code share_ci_low/high} the range the share lies in, 1/n_valid to (k − 1)/n_valid (so that
 * "fewer than 5 of 40, against 14 % of the residents" can be said). No complementary cell is
 * needed: a derived figure (D, χ², a total, a difference of stages) gives back at most the
 * perturbed count, never the true one. An empty category is now and then published as a small
 * one ({@link EmptyCells}), so that "fewer than k" may also be nobody.
 */
public final class DisclosureControl {
    private final int minCount;
    private final PerturbationTable table;
    private final EmptyCells empty;

    /** With the default record key salt (tests, benchmarks). */
    public DisclosureControl(int minCount) {
        this(minCount, "spegel");
    }

    /** @param keySalt conf {@code spegel.disclosure.key-salt}: the salt of the empty cells' draws too */
    public DisclosureControl(int minCount, String keySalt) {
        this.minCount = minCount;
        this.table = new PerturbationTable(minCount);
        this.empty = new EmptyCells(minCount, keySalt);
    }

    /** The count an empty population category is published with ({@link EmptyCells}): 0, or now and then 1..k − 1. */
    public long emptyCell(String processId, String dimension, String category) {
        return empty.published(processId, dimension, category);
    }

    /** The perturbation table the cells are published through. */
    public PerturbationTable table() {
        return table;
    }

    /** Whether a (perturbed) count is withheld: from 1 to k − 1. */
    public boolean withholds(long count) {
        return count > 0 && count < minCount;
    }

    /** The threshold: published counts are 0 or at least this. */
    public int minCount() {
        return minCount;
    }

    /**
     * Whether a stage's dimension rows are published: not when its participants in scope are
     * fewer than k, where the categories met (each at least 1, together fewer than k) could pin
     * a count.
     */
    public boolean publishesDimensions(long inScope) {
        return !withholds(inScope);
    }

    /** The category rows as published; {@code heads} are the (perturbed) head counts, {@code nValid} their total over categories with a counterpart. */
    public List<CategoryGap> apply(List<CategoryGap> gaps, Map<String, Long> heads, long nValid) {
        List<CategoryGap> result = new ArrayList<>(gaps.size());
        for (CategoryGap gap : gaps) {
            boolean withheld = withholds(heads.getOrDefault(gap.category(), 0L));
            result.add(withheld ? withheld(gap, nValid) : published(gap));
        }
        return result;
    }

    /**
     * The counts of a dimension summary blank where they are from 1 to k − 1; the largest gap
     * and worst category taken over the published rows, a withheld row counting with the
     * smallest gap its range allows (its share lies in the range, so its gap is at least that).
     */
    public DimensionSummary apply(DimensionSummary summary, List<CategoryGap> publishedGaps) {
        Double worstGap = null;
        String worst = null;
        for (CategoryGap g : publishedGaps) {
            Double gap = Boolean.TRUE.equals(g.suppressed())
                    ? smallestGap(g)
                    : g.gapPp() == null ? null : Math.abs(g.gapPp());
            if (gap != null && (worstGap == null || gap > worstGap)) {
                worstGap = gap;
                worst = g.category();
            }
        }
        DimensionSummary published = summary.withWorst(worstGap, worst)
                .withCounts(
                        shown(summary.nValid()),
                        shown(summary.nMissing()),
                        shown(summary.nNoCounterpart()),
                        shown(summary.nOutsideUniverse()));
        // E[D] is a function of n_valid (and D − E[D] gives E[D] back): withheld with it
        boolean validWithheld = summary.nValid() != null && published.nValid() == null;
        return validWithheld && published.chance() != null
                ? published.withChance(published.chance().withoutSize())
                : published;
    }

    /**
     * Which parts of a total to withhold where counts are published as they are (the quota
     * tables of an assembly): the small ones, and one more if only one is small.
     */
    public boolean[] hiddenParts(long[] counts) {
        boolean[] hidden = new boolean[counts.length];
        int hiddenCount = 0;
        for (int i = 0; i < counts.length; i++) {
            hidden[i] = withholds(counts[i]);
            hiddenCount += hidden[i] ? 1 : 0;
        }
        if (hiddenCount == 1) {
            int smallest = -1;
            for (int i = 0; i < counts.length; i++) {
                if (!hidden[i] && counts[i] > 0 && (smallest < 0 || counts[i] < counts[smallest])) {
                    smallest = i;
                }
            }
            if (smallest >= 0) {
                hidden[smallest] = true;
            }
        }
        return hidden;
    }

    /** A process stage's counts (perturbed): each blank from 1 to k − 1; {@code total} the stage's head count. */
    public ProcessSummary apply(ProcessSummary summary, long total) {
        return summary.withCounts(
                withholds(total) ? null : summary.n(),
                shown(summary.nOutsideArea()),
                shown(summary.nOutsideEligibility()));
    }

    /** The smallest |gap| in percentage points a withheld row's share range allows. */
    static Double smallestGap(CategoryGap g) {
        if (g.shareCiLow() == null || g.shareCiHigh() == null || g.popShare() == null) {
            return null;
        }
        double below = g.shareCiLow() - g.popShare();
        double above = g.popShare() - g.shareCiHigh();
        return 100 * Math.max(0, Math.max(below, above));
    }

    private Long shown(Long count) {
        return count != null && withholds(count) ? null : count;
    }

    private CategoryGap withheld(CategoryGap g, long nValid) {
        // a row with a counterpart: a register's count, or a survey's share (a survey counts no residents)
        boolean range = (g.popCount() != null || g.popShare() != null) && nValid > 0;
        return new CategoryGap(
                g.processId(),
                g.method(),
                g.stage(),
                g.dimension(),
                g.category(),
                null,
                null,
                range ? 1.0 / nValid : null,
                range ? Math.min(1.0, (minCount - 1.0) / nValid) : null,
                g.popCount(),
                g.popShare(),
                null,
                null,
                null,
                null,
                null,
                true);
    }

    private static CategoryGap published(CategoryGap g) {
        return g.withSuppressed(false);
    }
}
