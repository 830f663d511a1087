package se.spegel.jobs.metrics;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import se.spegel.schema.output.CategoryGap;
import se.spegel.schema.output.DimensionSummary;
import se.spegel.schema.output.ProcessSummary;

/**
 * Small-cell disclosure control of one dimension's category rows. A category with between
 * 1 and k − 1 participants is suppressed (primary suppression): its count and everything
 * derived from it (share, interval, gap, ratio, rate, p-value) are blanked. Because the
 * categories add up to the published n_valid, a single suppressed cell could be recovered by
 * subtraction, so then the next smallest non-zero cell is suppressed too (complementary
 * suppression). Population figures are official statistics and stay.
 */
public final class DisclosureControl {
    private final int minCount;

    public DisclosureControl(int minCount) {
        this.minCount = minCount;
    }

    /** The threshold: published counts are 0 or at least this. */
    public int minCount() {
        return minCount;
    }

    /**
     * Categories with a population counterpart add up to n_valid, those without one to
     * n_no_counterpart: each group is protected against subtraction from its own total.
     */
    public List<CategoryGap> apply(List<CategoryGap> gaps, Map<String, Long> heads) {
        Set<String> suppressed = new HashSet<>();
        suppressed.addAll(suppressedWithin(gaps.stream().filter(g -> g.popCount() != null).toList(), heads));
        suppressed.addAll(suppressedWithin(gaps.stream().filter(g -> g.popCount() == null).toList(), heads));
        List<CategoryGap> result = new ArrayList<>(gaps.size());
        for (CategoryGap gap : gaps) {
            result.add(suppressed.contains(gap.category()) ? blanked(gap) : published(gap));
        }
        return result;
    }

    /**
     * The counts of a dimension summary (valid, missing, without counterpart, outside the
     * universe) add up to the stage's participants in scope: the same rule applies to them.
     */
    public DimensionSummary apply(DimensionSummary summary, List<CategoryGap> publishedGaps) {
        boolean[] hidden = hiddenParts(new long[] {summary.nValid(), summary.nMissing(), summary.nNoCounterpart(),
                summary.nOutsideUniverse()});
        DimensionSummary published = withPublishedWorst(summary, publishedGaps).withCounts(hidden[0] ? null : summary.nValid(), hidden[1] ? null : summary.nMissing(),
                hidden[2] ? null : summary.nNoCounterpart(), hidden[3] ? null : summary.nOutsideUniverse());
        // E[D] is a function of n_valid (and D − E[D] gives E[D] back): withheld with it
        return hidden[0] && published.chance() != null ? published.withChance(published.chance().withoutSize()) : published;
    }

    /**
     * The gap of a withheld category would give its count back (share = gap + population
     * share), so the worst category named is the worst among the published ones.
     */
    private static DimensionSummary withPublishedWorst(DimensionSummary summary, List<CategoryGap> gaps) {
        boolean worstWithheld = gaps.stream().anyMatch(g -> Boolean.TRUE.equals(g.suppressed())
                && g.category().equals(summary.worstCategory()));
        if (!worstWithheld) {
            return summary;
        }
        CategoryGap worst = gaps.stream().filter(g -> g.gapPp() != null)
                .max(Comparator.comparingDouble((CategoryGap g) -> Math.abs(g.gapPp()))).orElse(null);
        return summary.withWorst(worst == null ? null : Math.abs(worst.gapPp()), worst == null ? null : worst.category());
    }

    /**
     * A process stage's participants split into in scope, outside the area and outside the
     * eligible ages; the stage total itself is withheld only when it is below the threshold.
     */
    public ProcessSummary apply(ProcessSummary summary, long inScope) {
        boolean[] hidden = hiddenParts(new long[] {inScope, summary.nOutsideArea(), summary.nOutsideEligibility()});
        boolean tinyStage = summary.n() != null && summary.n() > 0 && summary.n() < minCount;
        return summary.withCounts(tinyStage ? null : summary.n(),
                tinyStage || hidden[1] ? null : summary.nOutsideArea(),
                tinyStage || hidden[2] ? null : summary.nOutsideEligibility());
    }

    /** Which of the parts of a published total to withhold: the small ones, and one more if only one is small. */
    public boolean[] hiddenParts(long[] counts) {
        boolean[] hidden = new boolean[counts.length];
        int hiddenCount = 0;
        for (int i = 0; i < counts.length; i++) {
            hidden[i] = counts[i] > 0 && counts[i] < minCount;
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

    private Set<String> suppressedWithin(List<CategoryGap> gaps, Map<String, Long> heads) {
        Set<String> suppressed = new HashSet<>();
        for (CategoryGap gap : gaps) {
            long n = heads.getOrDefault(gap.category(), 0L);
            if (n > 0 && n < minCount) {
                suppressed.add(gap.category());
            }
        }
        if (suppressed.size() == 1) {
            gaps.stream()
                    .filter(g -> !suppressed.contains(g.category()) && heads.getOrDefault(g.category(), 0L) > 0)
                    .min(Comparator.comparingLong((CategoryGap g) -> heads.get(g.category())).thenComparing(CategoryGap::category))
                    .ifPresent(g -> suppressed.add(g.category()));
        }
        return suppressed;
    }

    private static CategoryGap blanked(CategoryGap g) {
        return new CategoryGap(g.processId(), g.method(), g.stage(), g.dimension(), g.category(), null, null, null,
                null, g.popCount(), g.popShare(), null, null, null, null, null, true);
    }

    private static CategoryGap published(CategoryGap g) {
        return new CategoryGap(g.processId(), g.method(), g.stage(), g.dimension(), g.category(), g.n(), g.share(),
                g.shareCiLow(), g.shareCiHigh(), g.popCount(), g.popShare(), g.gapPp(), g.ratio(), g.per1000(),
                g.pValue(), g.significant(), false);
    }
}
