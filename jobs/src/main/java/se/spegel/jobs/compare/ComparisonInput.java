package se.spegel.jobs.compare;

import java.util.List;
import se.spegel.schema.output.CategoryGap;
import se.spegel.schema.output.DimensionSummary;
import se.spegel.schema.output.ProcessSummary;

/** The metric rows a comparison reads: every process's stages, and dimension and category rows of final stages. */
public record ComparisonInput(List<ProcessSummary> stages, List<DimensionSummary> dimensions, List<CategoryGap> gaps) {}
