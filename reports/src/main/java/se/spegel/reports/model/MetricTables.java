package se.spegel.reports.model;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** The metric tables of a run, as read from the metrics folder. */
public record MetricTables(
    List<CategoryGapRow> categoryGaps,
    List<DimensionSummaryRow> dimensionSummaries,
    List<ProcessStageRow> processStages,
    List<StageChangeRow> stageChanges,
    List<ResponseIndicatorRow> responseIndicators) {

  /** Tables without funnel-against-chance rows or partial R-indicators. */
  MetricTables(List<CategoryGapRow> categoryGaps, List<DimensionSummaryRow> dimensionSummaries,
      List<ProcessStageRow> processStages) {
    this(categoryGaps, dimensionSummaries, processStages, List.of(), List.of());
  }

  /** Process ids in the order they first appear: process summary first, then the other tables. */
  public List<String> processIds() {
    Set<String> ids = new LinkedHashSet<>();
    processStages.forEach(r -> ids.add(r.processId()));
    dimensionSummaries.forEach(r -> ids.add(r.processId()));
    categoryGaps.forEach(r -> ids.add(r.processId()));
    return List.copyOf(ids);
  }

  public ProcessMetrics forProcess(String processId) {
    return new ProcessMetrics(
        processId,
        categoryGaps.stream().filter(r -> r.processId().equals(processId)).toList(),
        dimensionSummaries.stream().filter(r -> r.processId().equals(processId)).toList(),
        processStages.stream().filter(r -> r.processId().equals(processId)).toList(),
        stageChanges.stream().filter(r -> r.processId().equals(processId)).toList(),
        responseIndicators.stream().filter(r -> r.processId().equals(processId)).toList());
  }
}
