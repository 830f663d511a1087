package se.spegel.reports.chart;

import se.spegel.reports.model.WithheldRange;
import se.spegel.schema.output.CategoryGap;

/**
 * One bar of a gap chart, in percentage points: the gap and the Wilson interval moved to the gap scale
 * ({@code 100·(share_ci_low − pop_share)} .. {@code 100·(share_ci_high − pop_share)}); the interval
 * ends are {@code null} when not computed.
 */
public record GapBar(String code, String label, double gapPp, Double lowPp, Double highPp, String valueLabel) {

    public static GapBar of(CategoryGap row, String label) {
        Double low = row.shareCiLow() == null ? null : 100 * (row.shareCiLow() - row.popShare());
        Double high = row.shareCiHigh() == null ? null : 100 * (row.shareCiHigh() - row.popShare());
        return new GapBar(row.category(), label, row.gapPp(), low, high, null);
    }

    /**
     * The bar of a withheld group ({@link WithheldRange}): as long as the smallest gap its range
     * allows, the whisker over the whole range, labelled "&lt;k" instead of a number.
     */
    public static GapBar withheld(CategoryGap row, String label, WithheldRange range, String valueLabel) {
        return new GapBar(row.category(), label, range.smallestGapPp(), range.lowPp(), range.highPp(), valueLabel);
    }

    /** The largest distance from zero that the bar or its whisker reaches. */
    double reach() {
        double reach = Math.abs(gapPp);
        if (lowPp != null) {
            reach = Math.max(reach, Math.abs(lowPp));
        }
        if (highPp != null) {
            reach = Math.max(reach, Math.abs(highPp));
        }
        return reach;
    }
}
