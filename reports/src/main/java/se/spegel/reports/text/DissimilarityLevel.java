package se.spegel.reports.text;

import java.util.Locale;
import se.spegel.reports.ReportSettings;
import se.spegel.reports.model.MetricRows;
import se.spegel.schema.output.DimensionSummary;

/**
 * The traffic light of a dimension. With a {@code verdict} (dimension_summary's judgement of D
 * against a random sample of the same size) the light speaks the verdict: green when the group is
 * as representative as chance or better, amber when it is worse by a small or moderate margin,
 * red when worse by a large one, grey when too few took part to judge. Metric files written before
 * the verdict existed fall back to raw D against the thresholds of {@link ReportSettings}.
 */
public enum DissimilarityLevel {
    BETTER_THAN_CHANCE("level-small", "verdict.better_than_chance"),
    AS_CHANCE("level-small", "verdict.as_chance"),
    WORSE_SMALL("level-moderate", "verdict.worse_small"),
    WORSE_MODERATE("level-moderate", "verdict.worse_moderate"),
    WORSE_LARGE("level-large", "verdict.worse_large"),
    TOO_FEW("level-unknown", "verdict.too_few"),
    SMALL("level-small", "level.small"),
    MODERATE("level-moderate", "level.moderate"),
    LARGE("level-large", "level.large"),
    UNKNOWN("level-unknown", "level.unknown");

    private final String cssClass;
    private final String messageKey;

    DissimilarityLevel(String cssClass, String messageKey) {
        this.cssClass = cssClass;
        this.messageKey = messageKey;
    }

    /** The verdict's light, or raw D's when the row has no verdict. */
    public static DissimilarityLevel of(DimensionSummary row, ReportSettings settings) {
        DissimilarityLevel verdict = ofVerdict(MetricRows.verdict(row));
        return verdict != null ? verdict : of(row.dissimilarity(), settings);
    }

    /** The level of a verdict code (e.g. {@code worse_small}); null for none or an unknown code. */
    public static DissimilarityLevel ofVerdict(String verdict) {
        if (verdict == null) {
            return null;
        }
        try {
            DissimilarityLevel level = valueOf(verdict.strip().toUpperCase(Locale.ROOT));
            return level.isVerdict() ? level : null;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** Raw D against the fixed thresholds: only for metric files without verdicts. */
    public static DissimilarityLevel of(Double dissimilarity, ReportSettings settings) {
        if (dissimilarity == null) {
            return UNKNOWN;
        }
        if (dissimilarity < settings.dissimilarityLow()) {
            return SMALL;
        }
        return dissimilarity < settings.dissimilarityHigh() ? MODERATE : LARGE;
    }

    boolean isVerdict() {
        return ordinal() <= TOO_FEW.ordinal();
    }

    public boolean worse() {
        return this == WORSE_SMALL || this == WORSE_MODERATE || this == WORSE_LARGE;
    }

    public String cssClass() {
        return cssClass;
    }

    public String messageKey() {
        return messageKey;
    }
}
