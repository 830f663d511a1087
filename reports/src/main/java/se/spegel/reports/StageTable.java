package se.spegel.reports;

import java.util.List;
import se.spegel.reports.ReportView.StageRowView;

/** The funnel table: participants and mean D per stage, shown when a process has several stages. */
final class StageTable {

  private final ReportContext context;
  private final PublishedCount counts;

  StageTable(ReportContext context) {
    this.context = context;
    this.counts = context.publishedCount();
  }

  List<StageRowView> rows(ProcessMetrics metrics) {
    List<ProcessStageRow> stages = metrics.stagesInOrder();
    if (stages.size() < 2) {
      return List.of();
    }
    DisplayNumbers numbers = context.numbers();
    return stages.stream().map(s -> new StageRowView(
        context.labels().stage(s.stage()),
        counts.text(s.n()),
        numbers.percent(s.meanDissimilarity(), 1),
        s.deltaDissimilarity() == null ? DisplayNumbers.NO_VALUE : numbers.signed(100 * s.deltaDissimilarity(), 1)))
        .toList();
  }

  List<String> notes() {
    return context.privacyNotes(counts);
  }
}
