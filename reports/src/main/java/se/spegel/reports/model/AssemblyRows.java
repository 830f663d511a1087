package se.spegel.reports.model;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The assembly tables of a metrics folder ({@code quota_fulfilment.csv}, {@code selection_fairness.csv},
 * {@code selection_fairness_groups.csv}; contract: data-schema/README.md), read like the other metric
 * tables ({@link MetricsCsvReader#rows}); empty where the run had no quota or probability files.
 */
public record AssemblyRows(List<QuotaRow> quotas, List<FairnessRow> fairness, List<FairnessGroupRow> groups) {
  public static final AssemblyRows NONE = new AssemblyRows(List.of(), List.of(), List.of());

  /** One quota at one stage (only the columns the report shows). */
  public record QuotaRow(String processId, String stage, String feature, String value, String dimension, Double min, Double max,
      Double target, Double n, Boolean withinQuota, Double nReplacements, Double popShare, Double weightedDistance,
      boolean suppressed) {
  }

  public record FairnessRow(String processId, Double nPool, Double minProbability, Double maxProbability,
      Double meanProbability, Double gini, Double shareBelowHalfMean, Double expectedPanelSize) {
  }

  public record FairnessGroupRow(String processId, String dimension, String category, Double nPool, Double meanProbability,
      Double responseRate, Double endToEndProbability) {
  }

  public static AssemblyRows read(Path metricsDir) throws IOException {
    List<QuotaRow> quotas = new ArrayList<>();
    for (MetricTableRow r : optional(metricsDir.resolve("quota_fulfilment.csv"), "process_id", "stage", "feature",
        "value", "n")) {
      quotas.add(new QuotaRow(r.requiredText("process_id"), r.requiredText("stage"), r.requiredText("feature"),
          r.requiredText("value"), r.text("dimension"), r.number("min"), r.number("max"), r.number("target"), r.number("n"),
          r.bool("within_quota"), r.number("n_replacements"), r.number("pop_share"), r.number("weighted_distance"),
          Boolean.TRUE.equals(r.bool("suppressed"))));
    }
    List<FairnessRow> fairness = new ArrayList<>();
    for (MetricTableRow r : optional(metricsDir.resolve("selection_fairness.csv"), "process_id", "n_pool")) {
      fairness.add(new FairnessRow(r.requiredText("process_id"), r.number("n_pool"), r.number("min_probability"),
          r.number("max_probability"), r.number("mean_probability"), r.number("gini"),
          r.number("share_below_half_mean"), r.number("expected_panel_size")));
    }
    List<FairnessGroupRow> groups = new ArrayList<>();
    for (MetricTableRow r : optional(metricsDir.resolve("selection_fairness_groups.csv"), "process_id", "dimension",
        "category")) {
      groups.add(new FairnessGroupRow(r.requiredText("process_id"), r.requiredText("dimension"),
          r.requiredText("category"), r.number("n_pool"), r.number("mean_probability"), r.number("response_rate"),
          r.number("end_to_end_probability")));
    }
    return new AssemblyRows(quotas, fairness, groups);
  }

  private static List<MetricTableRow> optional(Path file, String... required) throws IOException {
    return Files.isRegularFile(file) ? MetricTableRow.readAll(file, required) : List.of();
  }

  public AssemblyRows forProcess(String processId) {
    return new AssemblyRows(quotas.stream().filter(r -> r.processId().equals(processId)).toList(),
        fairness.stream().filter(r -> r.processId().equals(processId)).toList(),
        groups.stream().filter(r -> r.processId().equals(processId)).toList());
  }
}
