package se.spegel.jobs.evaluate;

import java.util.List;
import se.spegel.schema.output.AreaName;
import se.spegel.schema.output.CategoryGap;
import se.spegel.schema.output.DimensionSummary;
import se.spegel.schema.output.ProcessSummary;
import se.spegel.schema.output.ResponseIndicator;
import se.spegel.schema.output.StageChange;

/** The computed metric tables of one evaluation. */
public record MetricTablesResult(
        List<CategoryGap> categoryGaps,
        List<DimensionSummary> dimensionSummaries,
        List<ProcessSummary> processSummaries,
        List<AreaName> areaNames,
        List<StageChange> stageChanges,
        List<ResponseIndicator> responseIndicators) {

    /** Tables without funnel-against-chance rows or partial R-indicators. */
    public MetricTablesResult(
            List<CategoryGap> categoryGaps,
            List<DimensionSummary> dimensionSummaries,
            List<ProcessSummary> processSummaries,
            List<AreaName> areaNames) {
        this(categoryGaps, dimensionSummaries, processSummaries, areaNames, List.of(), List.of());
    }
}
