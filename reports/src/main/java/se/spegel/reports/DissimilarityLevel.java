package se.spegel.reports;

/** The traffic light of a dissimilarity index D, by the thresholds of {@link ReportSettings}. */
enum DissimilarityLevel {
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

  static DissimilarityLevel of(Double dissimilarity, ReportSettings settings) {
    if (dissimilarity == null) {
      return UNKNOWN;
    }
    if (dissimilarity < settings.dissimilarityLow()) {
      return SMALL;
    }
    return dissimilarity < settings.dissimilarityHigh() ? MODERATE : LARGE;
  }

  String cssClass() {
    return cssClass;
  }

  String messageKey() {
    return messageKey;
  }
}
