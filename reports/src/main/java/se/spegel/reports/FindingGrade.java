package se.spegel.reports;

import java.util.Locale;

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

  /** The verdict column's value, or null when it is empty or unknown (then D decides). */
  static FindingGrade ofVerdict(String verdict) {
    if (verdict == null) {
      return null;
    }
    return switch (verdict.strip().toLowerCase(Locale.ROOT)) {
      case "worse_large" -> LARGE;
      case "worse_moderate" -> MODERATE;
      case "worse_small" -> SMALL;
      case "as_chance" -> AS_CHANCE;
      case "better_than_chance" -> BETTER_THAN_CHANCE;
      case "too_few" -> TOO_FEW;
      default -> null;
    };
  }

  /** The traffic light's grading of D, for metrics written before the verdict column. */
  static FindingGrade ofDissimilarity(Double dissimilarity, ReportSettings settings) {
    return switch (DissimilarityLevel.of(dissimilarity, settings)) {
      case SMALL -> SMALL;
      case MODERATE -> MODERATE;
      case LARGE -> LARGE;
      case UNKNOWN -> TOO_FEW;
    };
  }
}
