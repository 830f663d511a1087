package se.spegel.reports.model;

import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import se.spegel.schema.output.CategoryGap;
import se.spegel.schema.output.DimensionSummary;
import se.spegel.schema.output.ProcessSummary;
import se.spegel.schema.output.ResponseIndicator;
import se.spegel.schema.output.StageChange;

/** The metric rows of one process, with the look-ups a report needs. */
public record ProcessMetrics(
        String processId,
        List<CategoryGap> categoryGaps,
        List<DimensionSummary> dimensionSummaries,
        List<ProcessSummary> stages,
        List<StageChange> stageChanges,
        List<ResponseIndicator> responseIndicators) {

    /** A process's rows without funnel-against-chance rows or partial R-indicators. */
    public ProcessMetrics(
            String processId,
            List<CategoryGap> categoryGaps,
            List<DimensionSummary> dimensionSummaries,
            List<ProcessSummary> stages) {
        this(processId, categoryGaps, dimensionSummaries, stages, List.of(), List.of());
    }

    /** The funnel-against-chance rows of a stage, one per plain dimension. */
    public List<StageChange> stageChanges(String stage) {
        return stageChanges.stream().filter(r -> r.stage().equals(stage)).toList();
    }

    /** The funnel stages from process_summary, first stage first. */
    public List<ProcessSummary> stagesInOrder() {
        return stages.stream()
                .sorted(Comparator.comparingInt(ProcessSummary::stageIndex))
                .toList();
    }

    /** The last funnel stage (highest stage_index), the one the main tables and charts show. */
    public Optional<ProcessSummary> lastStage() {
        return stages.stream().max(Comparator.comparingInt(ProcessSummary::stageIndex));
    }

    /**
     * Code of the stage the report describes: the last stage of process_summary, or, when the process
     * has no summary rows, the stage of its last category row.
     */
    public String reportedStage() {
        return lastStage()
                .map(ProcessSummary::stage)
                .orElseGet(() -> categoryGaps.isEmpty()
                        ? ""
                        : categoryGaps.get(categoryGaps.size() - 1).stage());
    }

    /** Plain (non-intersection) dimensions at a stage, in the order they first appear. */
    public List<String> plainDimensions(String stage) {
        return dimensions(stage).stream()
                .filter(d -> !DimensionCode.isIntersection(d))
                .toList();
    }

    /** All dimensions at a stage, intersections included, in the order they first appear. */
    public List<String> dimensions(String stage) {
        Set<String> dims = new LinkedHashSet<>();
        dimensionSummaries.stream().filter(r -> r.stage().equals(stage)).forEach(r -> dims.add(r.dimension()));
        categoryGaps.stream().filter(r -> r.stage().equals(stage)).forEach(r -> dims.add(r.dimension()));
        return List.copyOf(dims);
    }

    public Optional<DimensionSummary> summary(String stage, String dimension) {
        return dimensionSummaries.stream()
                .filter(r -> r.stage().equals(stage) && r.dimension().equals(dimension))
                .findFirst();
    }

    public List<CategoryGap> gaps(String stage, String dimension) {
        return categoryGaps.stream()
                .filter(r -> r.stage().equals(stage) && r.dimension().equals(dimension))
                .toList();
    }

    public Optional<CategoryGap> gap(String stage, String dimension, String category) {
        return gaps(stage, dimension).stream()
                .filter(r -> r.category().equals(category))
                .findFirst();
    }
}
