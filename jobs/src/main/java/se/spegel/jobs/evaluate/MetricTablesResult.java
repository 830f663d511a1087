package se.spegel.jobs.evaluate;

import java.util.List;
import se.spegel.schema.output.AreaName;
import se.spegel.schema.output.CategoryGap;
import se.spegel.schema.output.DimensionSummary;
import se.spegel.schema.output.ProcessSummary;

/** The computed metric tables of one evaluation. */
public record MetricTablesResult(List<CategoryGap> categoryGaps, List<DimensionSummary> dimensionSummaries,
                                 List<ProcessSummary> processSummaries, List<AreaName> areaNames) {}
