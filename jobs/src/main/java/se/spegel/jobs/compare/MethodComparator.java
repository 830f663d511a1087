package se.spegel.jobs.compare;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import se.spegel.schema.output.CategoryGap;
import se.spegel.schema.output.ChanceBaseline;
import se.spegel.schema.output.DimensionSummary;
import se.spegel.schema.output.MethodComparisonProcess;
import se.spegel.schema.output.ProcessSummary;

/**
 * Compares dialogue methods over many processes, each at its final funnel stage ({@link FinalStages}):
 * D per method × dimension with bootstrap intervals, per year, and how often each group was
 * significantly under-represented. Pure Java: metric rows in, comparison rows out.
 */
public final class MethodComparator {

    private final ComparisonSettings settings;

    public MethodComparator(ComparisonSettings settings) {
        this.settings = settings;
    }

    /**
     * @param stages     process_summary rows (every stage; the final one of each process is used)
     * @param dimensions dimension_summary rows (rows at other stages are ignored)
     * @param gaps       category_gaps rows (rows at other stages are ignored)
     */
    public MethodComparisonTables compare(
            List<ProcessSummary> stages, List<DimensionSummary> dimensions, List<CategoryGap> gaps) {
        Map<String, ProcessSummary> finals = FinalStages.of(stages);
        List<MethodComparisonProcess> processes = comparedDissimilarities(finals, dimensions);
        Map<String, String> methodOf = new LinkedHashMap<>();
        finals.forEach((id, row) -> methodOf.put(id, MethodOrder.codeOf(row.method())));
        List<CategoryGap> finalGaps = gaps.stream()
                .filter(g -> atFinalStage(finals, g.processId(), g.stage()))
                .toList();
        DissimilarityStatistics statistics = new DissimilarityStatistics(settings);
        return new MethodComparisonTables(
                statistics.byMethod(processes),
                GroupReach.of(finalGaps, methodOf),
                statistics.byYear(processes),
                processes);
    }

    /** Whether a metric row of this process and stage describes the process's final stage. */
    static boolean atFinalStage(Map<String, ProcessSummary> finals, String processId, String stage) {
        ProcessSummary last = finals.get(processId);
        return last != null && last.stage().equals(stage);
    }

    /** The D of every process and dimension at the final stage; dimensions without a D (no participants) are left out. */
    private static List<MethodComparisonProcess> comparedDissimilarities(
            Map<String, ProcessSummary> finals, List<DimensionSummary> dimensions) {
        List<MethodComparisonProcess> rows = new ArrayList<>();
        for (DimensionSummary d : dimensions) {
            if (d.dissimilarity() == null || !atFinalStage(finals, d.processId(), d.stage())) {
                continue;
            }
            ProcessSummary p = finals.get(d.processId());
            ChanceBaseline chance = d.chance();
            rows.add(new MethodComparisonProcess(
                    p.processId(),
                    MethodOrder.codeOf(p.method()),
                    p.areaCode(),
                    p.period(),
                    p.stage(),
                    d.dimension(),
                    d.dissimilarity(),
                    p.n(),
                    chance == null ? null : chance.expectedDissimilarity(),
                    chance == null ? null : chance.excess(),
                    chance == null ? null : chance.corrected(),
                    chance == null ? null : chance.verdict()));
        }
        return rows;
    }
}
