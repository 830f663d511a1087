package se.spegel.reports.model;

/**
 * One row of {@code category_gaps.csv}: a category of a dimension at a funnel stage of a process.
 * Numbers are {@code null} when the cell is empty (not computed).
 */
public record CategoryGapRow(
    String processId,
    String method,
    String stage,
    String dimension,
    String category,
    Double n,
    Double share,
    Double shareCiLow,
    Double shareCiHigh,
    Double popCount,
    Double popShare,
    Double gapPp,
    Double ratio,
    Double per1000,
    Double pValue,
    Boolean significant,
    boolean suppressed) {

  /** Whether the population table has this category (participants' answers without one have no share). */
  public boolean hasCounterpart() {
    return popShare != null;
  }
}
