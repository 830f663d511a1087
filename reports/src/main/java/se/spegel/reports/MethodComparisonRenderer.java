package se.spegel.reports;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Objects;
import se.spegel.reports.model.MethodComparisonCsvReader;
import se.spegel.reports.model.MethodComparisonMetrics;
import se.spegel.reports.text.ReportContext;
import se.spegel.reports.write.ComparisonReportWriter;
import se.spegel.reports.write.MethodComparisonReportWriter;

/**
 * Renders the comparison of dialogue methods that {@code spegel compare} wrote into a metrics folder
 * ({@code method_comparison.csv}, {@code method_comparison_groups.csv}, {@code _trend.csv},
 * {@code _processes.csv}) as {@code outDir/comparison/report.html}, {@code report.pdf} and
 * {@code charts/dissimilarity-by-method.svg}: D per method and dimension with bootstrap intervals and
 * box plots, which groups each method reaches (heat map and ranking), and the trend by year.
 */
public final class MethodComparisonRenderer {

    private final ReportContext context;

    public MethodComparisonRenderer(ReportLabels labels, ReportSettings settings) {
        this.context = ReportContext.of(
                Objects.requireNonNull(labels, "labels"), Objects.requireNonNull(settings, "settings"));
    }

    /**
     * @return the report.html written
     * @throws InvalidMetricsException when a table is missing or a cell cannot be read, or the tables hold no method
     */
    public Path render(Path metricsDir, Path outDir) throws IOException {
        MethodComparisonMetrics metrics = MethodComparisonCsvReader.read(metricsDir);
        if (metrics.dissimilarity().isEmpty()) {
            throw new InvalidMetricsException(
                    metricsDir.resolve(MethodComparisonCsvReader.COMPARISON) + ": no rows, nothing to compare");
        }
        return new MethodComparisonReportWriter(context).write(metrics, outDir.resolve(ComparisonReportWriter.FOLDER));
    }
}
