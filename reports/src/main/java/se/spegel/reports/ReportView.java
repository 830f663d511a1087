package se.spegel.reports;

import java.util.List;

/**
 * Everything one report shows, already formatted as text in the report's language; the template only
 * lays it out (and escapes it).
 *
 * @param pyramid the age pyramid, or {@code null} when the process has no age × gender rows
 */
public record ReportView(
    String lang,
    String title,
    List<String> facts,
    List<String> lead,
    String stageNote,
    List<SummaryRowView> summary,
    List<String> summaryNotes,
    List<StageRowView> stages,
    List<String> stageNotes,
    List<DimensionSectionView> dimensions,
    PyramidSectionView pyramid,
    List<String> aboutNotes) {

  /** A row of the summary table: one plain dimension at the reported stage. */
  public record SummaryRowView(
      String anchor,
      String dimension,
      String validCount,
      String missingCount,
      String noCounterpartCount,
      String dissimilarity,
      String levelClass,
      String levelText,
      String worstCategory,
      String worstGap,
      String comparedFor) {
  }

  /** A row of the funnel table: one stage. */
  public record StageRowView(String stage, String n, String meanDissimilarity, String change) {
  }

  /** A dimension: heading, optional chart, category table. */
  public record DimensionSectionView(
      String anchor,
      String heading,
      String comparedFor,
      ChartView chart,
      List<CategoryRowView> rows,
      List<String> notes) {
  }

  /** A row of a category table. */
  public record CategoryRowView(
      String category,
      String n,
      String share,
      String popShare,
      String gap,
      String interval,
      boolean overRepresented,
      boolean underRepresented,
      boolean noCounterpart) {
  }

  /** The age pyramid with the table of its cells. */
  public record PyramidSectionView(ChartView chart, DimensionSectionView table, List<String> notes) {
  }

  /** An SVG chart file, referenced relative to report.html. */
  public record ChartView(String src, int width, int height, String alt) {
  }
}
