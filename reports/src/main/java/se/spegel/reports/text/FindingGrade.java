package se.spegel.reports.text;

import se.spegel.reports.ReportSettings;
import se.spegel.schema.output.DimensionSummary;

/**
 * How bad a dimension's difference is, for the plain-language summary: from the chance-baseline
 * {@code verdict} of dimension_summary when the metrics have one (too_few, better_than_chance, as_chance,
 * worse_small, worse_moderate, worse_large; see data-schema/README.md), otherwise from D and the report's
 * thresholds (small below spegel.report.dissimilarity-low, large from -high). Declared from worst to best:
 * the summary reports the worst first.
 */
enum FindingGrade {
    LARGE("brief.grade.large"),
    MODERATE("brief.grade.moderate"),
    SMALL("brief.grade.small"),
    AS_CHANCE("brief.grade.asChance"),
    BETTER_THAN_CHANCE("brief.grade.better"),
    TOO_FEW(null);

    private final String messageKey;

    FindingGrade(String messageKey) {
        this.messageKey = messageKey;
    }

    /** The sentence that grades a finding, or null for too few to say. */
    String messageKey() {
        return messageKey;
    }

    boolean isWorse() {
        return this == LARGE || this == MODERATE || this == SMALL;
    }

    /** The grade of a dimension: its verdict where the row has one, else D's traffic light ({@link DissimilarityLevel}). */
    static FindingGrade of(DimensionSummary row, ReportSettings settings) {
        return switch (DissimilarityLevel.of(row, settings)) {
            case WORSE_LARGE, LARGE -> LARGE;
            case WORSE_MODERATE, MODERATE -> MODERATE;
            case WORSE_SMALL, SMALL -> SMALL;
            case AS_CHANCE -> AS_CHANCE;
            case BETTER_THAN_CHANCE -> BETTER_THAN_CHANCE;
            case TOO_FEW, UNKNOWN -> TOO_FEW;
        };
    }
}
