package se.spegel.reports.model;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import se.spegel.reports.model.MethodComparisonMetrics.DRow;
import se.spegel.reports.model.MethodComparisonMetrics.GroupRow;
import se.spegel.reports.model.MethodComparisonMetrics.ProcessRow;
import se.spegel.reports.model.MethodComparisonMetrics.TrendRow;

/** Reads method_comparison.csv, method_comparison_groups.csv, _trend.csv and _processes.csv with Tablesaw. */
public final class MethodComparisonCsvReader {

  public static final String COMPARISON = "method_comparison.csv";
  static final String GROUPS = "method_comparison_groups.csv";
  static final String TREND = "method_comparison_trend.csv";
  static final String PROCESSES = "method_comparison_processes.csv";

  private MethodComparisonCsvReader() {
  }

  public static MethodComparisonMetrics read(Path metricsDir) throws IOException {
    return new MethodComparisonMetrics(dissimilarity(metricsDir.resolve(COMPARISON)),
        groups(metricsDir.resolve(GROUPS)), trend(metricsDir.resolve(TREND)), processes(metricsDir.resolve(PROCESSES)));
  }

  private static List<DRow> dissimilarity(Path file) throws IOException {
    List<DRow> rows = new ArrayList<>();
    for (MetricTableRow r : MetricTableRow.readAll(file, "method", "dimension", "n_processes", "mean_dissimilarity")) {
      rows.add(new DRow(r.requiredText("method"), r.requiredText("dimension"), r.requiredInteger("n_processes"),
          r.requiredNumber("mean_dissimilarity"), r.requiredNumber("mean_dissimilarity_ci_low"),
          r.requiredNumber("mean_dissimilarity_ci_high"), r.requiredNumber("median_dissimilarity"),
          r.requiredNumber("median_dissimilarity_ci_low"), r.requiredNumber("median_dissimilarity_ci_high"),
          r.requiredNumber("min_dissimilarity"), r.requiredNumber("max_dissimilarity"), r.requiredNumber("ci_level"),
          r.requiredInteger("bootstrap_samples"), r.requiredText("bootstrap_seed"), r.number("mean_excess"),
          r.number("mean_excess_ci_low"), r.number("mean_excess_ci_high"), r.number("median_n"),
          r.integer("n_worse")));
    }
    return rows;
  }

  private static List<GroupRow> groups(Path file) throws IOException {
    List<GroupRow> rows = new ArrayList<>();
    for (MetricTableRow r : MetricTableRow.readAll(file, "method", "dimension", "category", "share_under")) {
      rows.add(new GroupRow(r.requiredText("method"), r.requiredText("dimension"), r.requiredText("category"),
          r.requiredInteger("n_processes"), r.requiredInteger("n_tested"), r.requiredInteger("n_under"),
          r.number("share_under"), r.number("share_over"), r.requiredInteger("n_withheld"),
          r.number("median_ratio"), r.integer("rank")));
    }
    return rows;
  }

  private static List<TrendRow> trend(Path file) throws IOException {
    List<TrendRow> rows = new ArrayList<>();
    for (MetricTableRow r : MetricTableRow.readAll(file, "method", "dimension", "period", "mean_dissimilarity")) {
      rows.add(new TrendRow(r.requiredText("method"), r.requiredText("dimension"), r.requiredInteger("period"),
          r.requiredInteger("n_processes"), r.requiredNumber("mean_dissimilarity")));
    }
    return rows;
  }

  private static List<ProcessRow> processes(Path file) throws IOException {
    List<ProcessRow> rows = new ArrayList<>();
    for (MetricTableRow r : MetricTableRow.readAll(file, "process_id", "method", "dimension", "dissimilarity")) {
      rows.add(new ProcessRow(r.requiredText("process_id"), r.requiredText("method"), r.text("area_code"),
          r.requiredInteger("period"), r.requiredText("dimension"), r.requiredNumber("dissimilarity"),
          r.number("dissimilarity_excess")));
    }
    return rows;
  }
}
