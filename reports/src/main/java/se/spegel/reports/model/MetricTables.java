package se.spegel.reports.model;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import se.spegel.schema.output.CategoryGap;
import se.spegel.schema.output.DimensionSummary;
import se.spegel.schema.output.ProcessSummary;
import se.spegel.schema.output.ResponseIndicator;
import se.spegel.schema.output.StageChange;

/** The metric tables of a run, as read from the metrics folder. */
public record MetricTables(
        List<CategoryGap> categoryGaps,
        List<DimensionSummary> dimensionSummaries,
        List<ProcessSummary> processStages,
        List<StageChange> stageChanges,
        List<ResponseIndicator> responseIndicators) {

    /** Tables without funnel-against-chance rows or partial R-indicators. */
    MetricTables(
            List<CategoryGap> categoryGaps,
            List<DimensionSummary> dimensionSummaries,
            List<ProcessSummary> processStages) {
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
                categoryGaps.stream()
                        .filter(r -> r.processId().equals(processId))
                        .toList(),
                dimensionSummaries.stream()
                        .filter(r -> r.processId().equals(processId))
                        .toList(),
                processStages.stream()
                        .filter(r -> r.processId().equals(processId))
                        .toList(),
                stageChanges.stream()
                        .filter(r -> r.processId().equals(processId))
                        .toList(),
                responseIndicators.stream()
                        .filter(r -> r.processId().equals(processId))
                        .toList());
    }
}
