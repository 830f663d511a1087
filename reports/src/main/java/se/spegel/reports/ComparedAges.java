package se.spegel.reports;

import java.util.Optional;

/** The note that says which ages a dimension was compared for, e.g. "jämförs för 25–64 år". */
final class ComparedAges {

  private ComparedAges() {
  }

  static Optional<String> note(DimensionSummaryRow summary, Messages messages, PublishedCount counts) {
    Integer min = summary.universeMinAge();
    Integer max = summary.universeMaxAge();
    String ages;
    if (min != null && max != null) {
      ages = messages.get("universe.range", String.valueOf(min), String.valueOf(max));
    } else if (min != null) {
      ages = messages.get("universe.from", String.valueOf(min));
    } else if (max != null) {
      ages = messages.get("universe.upTo", String.valueOf(max));
    } else {
      return Optional.empty();
    }
    Double outside = summary.nOutsideUniverse();
    if (outside != null && outside > 0) {
      ages = ages + " " + messages.get("universe.outside", counts.text(outside));
    }
    return Optional.of(ages);
  }
}
