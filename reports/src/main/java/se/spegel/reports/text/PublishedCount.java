package se.spegel.reports.text;

/**
 * Counts as they may be published. A count from 1 up to k − 1 (k = the smallest published count) is
 * shown as "&lt;k". A cell the metric job suppressed to protect another one (complementary
 * suppression) is shown with a separate marker, as its count is not known to be small. Remembers
 * what it hid, so the table's caption can say so.
 */
public final class PublishedCount {

    private final DisplayNumbers numbers;
    private final int minPublished;
    private final String suppressedMarker;
    private boolean anyBelowThreshold;
    private boolean anySuppressed;

    PublishedCount(DisplayNumbers numbers, int minPublished, String suppressedMarker) {
        this.numbers = numbers;
        this.minPublished = minPublished;
        this.suppressedMarker = suppressedMarker;
    }

    /** The text of a count; {@code null} (not computed) → "–". */
    public String text(Double count) {
        return text(count, false);
    }

    /** The text of a count that the metric job may have marked suppressed. */
    public String text(Double count, boolean suppressed) {
        if (isBelowThreshold(count)) {
            anyBelowThreshold = true;
            return belowThresholdText();
        }
        if (suppressed) {
            anySuppressed = true;
            return suppressedMarker;
        }
        if (count == null) {
            return DisplayNumbers.NO_VALUE;
        }
        return numbers.count(count);
    }

    /**
     * The text of a count whose blank cell means "withheld", never "not computed" (the counts of
     * dimension_summary): blank → the suppression marker.
     */
    public String withheld(Double count) {
        return text(count, count == null);
    }

    /** Whether a count lies between 0 and k (exclusive); such a count must not be shown. */
    public boolean isBelowThreshold(Double count) {
        return count != null && count > 0 && count < minPublished;
    }

    /** The text of a count withheld as fewer than k (the cell key method's small cells). */
    public String fewerThanThreshold() {
        anyBelowThreshold = true;
        return belowThresholdText();
    }

    public String belowThresholdText() {
        return "<" + minPublished;
    }

    boolean anyBelowThreshold() {
        return anyBelowThreshold;
    }

    boolean anySuppressed() {
        return anySuppressed;
    }

    public int minPublished() {
        return minPublished;
    }
}
