package se.spegel.reports;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** The three metric tables of a run, as read from the metrics folder. */
record MetricTables(
    List<CategoryGapRow> categoryGaps,
    List<DimensionSummaryRow> dimensionSummaries,
    List<ProcessStageRow> processStages) {

  /** Process ids in the order they first appear: process summary first, then the other tables. */
  List<String> processIds() {
    Set<String> ids = new LinkedHashSet<>();
    processStages.forEach(r -> ids.add(r.processId()));
    dimensionSummaries.forEach(r -> ids.add(r.processId()));
    categoryGaps.forEach(r -> ids.add(r.processId()));
    return List.copyOf(ids);
  }

  ProcessMetrics forProcess(String processId) {
    return new ProcessMetrics(
        processId,
        categoryGaps.stream().filter(r -> r.processId().equals(processId)).toList(),
        dimensionSummaries.stream().filter(r -> r.processId().equals(processId)).toList(),
        processStages.stream().filter(r -> r.processId().equals(processId)).toList());
  }
}
