package se.spegel.reports.model;

import java.util.List;

/**
 * The tables {@code spegel compare} writes (contract: {@code data-schema/README.md}), as read from a
 * metrics folder: D per method × dimension, group reach, trend by year, and the D of every process.
 */
public record MethodComparisonMetrics(List<DRow> dissimilarity, List<GroupRow> groups, List<TrendRow> trend,
    List<ProcessRow> processes) {

  /**
   * A row of method_comparison (D as fractions 0–1). The size-fair columns (excess over chance with its
   * interval, median participants, processes worse than chance) are null in tables written before them.
   */
  public record DRow(String method, String dimension, int nProcesses, double mean, double meanLow, double meanHigh,
      double median, double medianLow, double medianHigh, double min, double max, double ciLevel,
      int bootstrapSamples, String seed, Double meanExcess, Double meanExcessLow, Double meanExcessHigh,
      Double medianN, Integer nWorse) {

    public boolean sizeFair() {
      return meanExcess != null && meanExcessLow != null && meanExcessHigh != null && medianN != null
          && nWorse != null;
    }
  }

  /** A row of method_comparison_groups; shares and ratio null when not defined, rank null when not ranked. */
  public record GroupRow(String method, String dimension, String category, int nProcesses, int nTested, int nUnder,
      Double shareUnder, Double shareOver, int nWithheld, Double medianRatio, Integer rank) {
  }

  /** A row of method_comparison_trend. */
  public record TrendRow(String method, String dimension, int period, int nProcesses, double mean) {
  }

  /** A row of method_comparison_processes; {@code excess} (D − E[D]) null where not written. */
  public record ProcessRow(String processId, String method, String areaCode, int period, String dimension, double d,
      Double excess) {
  }
}
