package se.spegel.jobs.compare;

import java.util.List;
import se.spegel.schema.output.MethodComparison;
import se.spegel.schema.output.MethodComparisonProcess;
import se.spegel.schema.output.MethodGroupReach;
import se.spegel.schema.output.MethodTrend;

/** The four tables of a method comparison. */
public record MethodComparisonTables(
        List<MethodComparison> comparison,
        List<MethodGroupReach> groups,
        List<MethodTrend> trend,
        List<MethodComparisonProcess> processes) {

    /** Number of distinct processes that entered the comparison. */
    public long processCount() {
        return processes.stream()
                .map(MethodComparisonProcess::processId)
                .distinct()
                .count();
    }
}
