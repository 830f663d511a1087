package se.spegel.jobs.compare;

import java.io.IOException;
import java.nio.file.Path;
import org.apache.spark.sql.SparkSession;
import se.spegel.jobs.evaluate.MetricTablesResult;
import se.spegel.schema.config.SpegelConfig;

/**
 * The method comparison that {@code spegel evaluate} writes beside its metric tables when it evaluated
 * several processes ({@code DIR/metrics/method_comparison/} and .csv, with _groups, _trend and
 * _processes), with the bootstrap settings of conf ({@code spegel.compare}, {@code spegel.statistics.ci-level}).
 */
public final class EvaluateMethodComparison {
    private EvaluateMethodComparison() {}

    /**
     * Writes the comparison tables into metricsDir when the result holds two or more processes.
     *
     * @return whether anything was written
     */
    public static boolean writeIfSeveralProcesses(SparkSession spark, MetricTablesResult result, Path metricsDir,
                                                  SpegelConfig config) throws IOException {
        long processes = result.processSummaries().stream().map(p -> p.processId()).distinct().count();
        if (processes < 2) {
            return false;
        }
        ComparisonSettings settings = new ComparisonSettings(config.compareBootstrapSamples(), config.compareSeed(),
                config.ciLevel());
        MethodComparisonTables tables = new MethodComparator(settings)
                .compare(result.processSummaries(), result.dimensionSummaries(), result.categoryGaps());
        MethodComparisonOutput.write(spark, tables, metricsDir);
        return true;
    }
}
