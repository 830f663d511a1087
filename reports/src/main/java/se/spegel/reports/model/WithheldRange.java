package se.spegel.reports.model;

import java.util.Optional;
import se.spegel.schema.output.CategoryGap;

/**
 * What a withheld row still says. Under the cell key method a category published with fewer
 * than k participants has no count and no share, but its share lies in 1/n_valid ..
 * (k − 1)/n_valid, which the metric job writes into {@code share_ci_low/high}: so a protected
 * group far below its population share still reads as under-represented ("fewer than 5 of 40
 * participants, against 14 % of residents"), its gap as a range.
 *
 * @param lowPp  the gap at the low end of the share range, in percentage points
 * @param highPp the gap at the high end
 * @param nValid the participants the share is of
 */
public record WithheldRange(double lowPp, double highPp, long nValid) {

    public static Optional<WithheldRange> of(CategoryGap row) {
        if (!row.suppressed()
                || row.share() != null
                || row.shareCiLow() == null
                || row.shareCiHigh() == null
                || row.popShare() == null
                || row.shareCiLow() <= 0) {
            return Optional.empty();
        }
        return Optional.of(new WithheldRange(
                100 * (row.shareCiLow() - row.popShare()),
                100 * (row.shareCiHigh() - row.popShare()),
                Math.round(1 / row.shareCiLow())));
    }

    /** The gap nearest zero the range allows: the group is at least this far off (0 when the range holds the population share). */
    public double smallestGapPp() {
        return lowPp > 0 ? lowPp : highPp < 0 ? highPp : 0;
    }
}
