package se.spegel.reports;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The plain-language lead: how many took part and the largest difference, e.g. "120 deltagare.
 * Största skillnaden: Personer 16–24 år: 4 % av deltagarna men 14 % av invånarna."
 */
final class LeadSentence {

  private final ReportContext context;

  LeadSentence(ReportContext context) {
    this.context = context;
  }

  List<String> write(ProcessMetrics metrics, String stage) {
    Messages messages = context.messages();
    List<String> sentences = new ArrayList<>();
    Optional<Double> participants = metrics.lastStage().map(ProcessStageRow::n);
    participants.ifPresent(n -> sentences.add(
        messages.get("lead.participants", context.publishedCount().text(n))));
    largestGap(metrics, stage).ifPresentOrElse(
        gap -> sentences.add(messages.get("lead.largestGap", subject(gap),
            context.numbers().percent(gap.share(), 0), context.numbers().percent(gap.popShare(), 0))),
        () -> sentences.add(messages.get("lead.noGaps")));
    return sentences;
  }

  /** The category with the largest |gap_pp| among the plain dimensions at the stage. */
  static Optional<CategoryGapRow> largestGap(ProcessMetrics metrics, String stage) {
    return metrics.plainDimensions(stage).stream()
        .flatMap(d -> metrics.gaps(stage, d).stream())
        .filter(r -> r.gapPp() != null && r.share() != null && r.popShare() != null)
        .max(Comparator.comparingDouble(r -> Math.abs(r.gapPp())));
  }

  private String subject(CategoryGapRow gap) {
    String category = context.labels().category(gap.dimension(), gap.category());
    if (MapReportLabels.AGE_DIMENSION.equals(gap.dimension())) {
      return context.messages().get("lead.ageGroup", category);
    }
    return context.messages().get("lead.categoryOfDimension", category,
        context.labels().dimension(gap.dimension()).toLowerCase(context.messages().locale()));
  }
}
