package se.spegel.reports;

import java.util.Objects;

/**
 * How reports are rendered.
 *
 * @param lang               language of all text: {@code "sv"} or {@code "en"}
 * @param minPublishedCount  counts from 1 to this value − 1 are never shown (printed as "&lt;k")
 * @param dissimilarityLow   D below this is a small difference (green)
 * @param dissimilarityHigh  D at or above this is a large difference (red)
 * @param pngCharts          also write every chart as PNG beside its SVG (for slides and word processors)
 * @param verdictRule        the rule the verdicts of dimension_summary were decided by, for the methodology
 */
public record ReportSettings(
        String lang,
        int minPublishedCount,
        double dissimilarityLow,
        double dissimilarityHigh,
        boolean pngCharts,
        VerdictRule verdictRule) {

    /**
     * conf's {@code spegel.verdict}: fewer than {@code minN} answers are too few; worse needs the upper tail
     * below {@code alpha}, better the lower one below {@code alphaBetter}; the grades' excess thresholds.
     */
    public record VerdictRule(int minN, double alpha, double alphaBetter, double moderateExcess, double largeExcess) {
        /** The defaults of {@code conf/spegel.conf}. */
        public static final VerdictRule DEFAULTS = new VerdictRule(20, 0.05, 0.10, 0.05, 0.15);
    }

    /** Settings with the default verdict rule. */
    public ReportSettings(
            String lang, int minPublishedCount, double dissimilarityLow, double dissimilarityHigh, boolean pngCharts) {
        this(lang, minPublishedCount, dissimilarityLow, dissimilarityHigh, pngCharts, VerdictRule.DEFAULTS);
    }

    /** Settings with SVG charts only. */
    public ReportSettings(String lang, int minPublishedCount, double dissimilarityLow, double dissimilarityHigh) {
        this(lang, minPublishedCount, dissimilarityLow, dissimilarityHigh, false);
    }

    /** The same settings, with or without PNG copies of the charts. */
    public ReportSettings withPngCharts(boolean png) {
        return new ReportSettings(lang, minPublishedCount, dissimilarityLow, dissimilarityHigh, png, verdictRule);
    }

    public ReportSettings {
        Objects.requireNonNull(lang, "lang");
        Objects.requireNonNull(verdictRule, "verdictRule");
        if (minPublishedCount < 1) {
            throw new IllegalArgumentException("minPublishedCount must be at least 1, was " + minPublishedCount);
        }
        if (!(dissimilarityLow >= 0 && dissimilarityLow <= dissimilarityHigh && dissimilarityHigh <= 1)) {
            throw new IllegalArgumentException("need 0 <= dissimilarityLow <= dissimilarityHigh <= 1, was "
                    + dissimilarityLow + " and " + dissimilarityHigh);
        }
    }

    /** The defaults of {@code conf/spegel.conf}: Swedish, k = 5, D thresholds 0.05 and 0.15. */
    public static ReportSettings defaults() {
        return new ReportSettings("sv", 5, 0.05, 0.15);
    }
}
