package se.spegel.reports.model;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import se.spegel.reports.InvalidMetricsException;
import tech.tablesaw.api.ColumnType;
import tech.tablesaw.api.Table;
import tech.tablesaw.io.csv.CsvReadOptions;

/**
 * Reads {@code category_gaps.csv}, {@code dimension_summary.csv} and {@code process_summary.csv}, and
 * {@code stage_changes.csv} and {@code response_indicators.csv} where present (contract:
 * {@code data-schema/README.md}) with Tablesaw. Every column is read as text first, so an
 * empty cell stays "not computed" and codes such as {@code 01} keep their spelling.
 */
public final class MetricsCsvReader {

  static final String CATEGORY_GAPS = "category_gaps.csv";
  static final String DIMENSION_SUMMARY = "dimension_summary.csv";
  static final String PROCESS_SUMMARY = "process_summary.csv";
  static final String STAGE_CHANGES = "stage_changes.csv";
  static final String RESPONSE_INDICATORS = "response_indicators.csv";

  public MetricTables read(Path metricsDir) throws IOException {
    return new MetricTables(
        readCategoryGaps(metricsDir.resolve(CATEGORY_GAPS)),
        readDimensionSummaries(metricsDir.resolve(DIMENSION_SUMMARY)),
        readProcessStages(metricsDir.resolve(PROCESS_SUMMARY)),
        readStageChanges(metricsDir.resolve(STAGE_CHANGES)),
        readResponseIndicators(metricsDir.resolve(RESPONSE_INDICATORS)));
  }

  private List<CategoryGapRow> readCategoryGaps(Path file) throws IOException {
    List<CategoryGapRow> rows = new ArrayList<>();
    for (MetricTableRow r : rows(file, "process_id", "stage", "dimension", "category")) {
      rows.add(new CategoryGapRow(
          r.requiredText("process_id"), r.text("method"), r.requiredText("stage"),
          r.requiredText("dimension"), r.requiredText("category"),
          r.number("n"), r.number("share"), r.number("share_ci_low"), r.number("share_ci_high"),
          r.number("pop_count"), r.number("pop_share"), r.number("gap_pp"), r.number("ratio"),
          r.number("per_1000"), r.number("p_value"), r.bool("significant"),
          Boolean.TRUE.equals(r.bool("suppressed"))));
    }
    return rows;
  }

  private List<DimensionSummaryRow> readDimensionSummaries(Path file) throws IOException {
    List<DimensionSummaryRow> rows = new ArrayList<>();
    for (MetricTableRow r : rows(file, "process_id", "stage", "dimension")) {
      rows.add(new DimensionSummaryRow(
          r.requiredText("process_id"), r.text("method"), r.requiredText("stage"),
          r.requiredText("dimension"),
          r.number("n_valid"), r.number("n_missing"), r.number("n_no_counterpart"),
          r.number("dissimilarity"), r.number("hellinger"), r.number("chi2"), r.number("df"),
          r.number("p_value"), r.number("cohens_w"), r.number("max_abs_gap_pp"),
          r.text("worst_category"), r.text("population_table"),
          r.integer("universe_min_age"), r.integer("universe_max_age"), r.number("n_outside_universe"),
          r.number("expected_dissimilarity"), r.number("dissimilarity_p_random"),
          r.number("dissimilarity_p_random_lower"), r.number("dissimilarity_excess"),
          r.number("dissimilarity_corrected"), r.number("dissimilarity_ci_low"), r.number("dissimilarity_ci_high"),
          r.text("verdict"), r.text("population_source"), r.number("survey_n"), r.text("survey_source")));
    }
    return rows;
  }

  private List<ProcessStageRow> readProcessStages(Path file) throws IOException {
    List<ProcessStageRow> rows = new ArrayList<>();
    for (MetricTableRow r : rows(file, "process_id", "stage", "stage_index")) {
      Integer stageIndex = r.integer("stage_index");
      rows.add(new ProcessStageRow(
          r.requiredText("process_id"), r.text("name"), r.text("method"),
          r.text("area_code"), r.text("area_name"), r.integer("period"),
          r.integer("min_age"), r.integer("max_age"),
          r.requiredText("stage"), stageIndex == null ? 0 : stageIndex,
          r.number("n"), r.number("n_outside_area"), r.number("n_outside_eligibility"),
          r.number("mean_dissimilarity"), r.number("delta_dissimilarity"), r.number("r_indicator"),
          r.number("stage_change_expected_dissimilarity"), r.number("stage_change_p_worse"),
          r.number("stage_change_p_better"), r.text("stage_change_verdict")));
    }
    return rows;
  }

  /** stage_changes.csv; absent (metrics written before the funnel was read against chance): no rows. */
  private List<StageChangeRow> readStageChanges(Path file) throws IOException {
    return optionalRows(file, r -> new StageChangeRow(
        r.requiredText("process_id"), r.requiredText("stage"), r.text("previous_stage"),
        r.requiredText("dimension"), r.number("dissimilarity"), r.number("previous_dissimilarity"),
        r.number("stage_change_expected_dissimilarity"), r.number("stage_change_p_worse"),
        r.number("stage_change_p_better"), r.text("stage_change_verdict")),
        "process_id", "stage", "dimension", "stage_change_verdict");
  }

  /** response_indicators.csv; absent (older metrics): no rows. */
  private List<ResponseIndicatorRow> readResponseIndicators(Path file) throws IOException {
    return optionalRows(file, r -> new ResponseIndicatorRow(
        r.requiredText("process_id"), r.requiredText("stage"), r.text("model"), r.requiredText("variable"),
        r.text("category"), r.number("partial_unconditional"), r.number("partial_unconditional_se"),
        r.number("partial_conditional"), r.number("partial_conditional_se"), r.number("response_rate"),
        r.number("propensity_cv"), Boolean.TRUE.equals(r.bool("suppressed"))),
        "process_id", "stage", "variable", "category", "partial_unconditional", "partial_conditional");
  }

  /** A metric row as a record; a cell that cannot be read is an {@link InvalidMetricsException}. */
  private interface RowReader<R> {
    R read(MetricTableRow row) throws IOException;
  }

  /** The rows of a table that older metric folders lack: none when its file is absent. */
  private static <R> List<R> optionalRows(Path file, RowReader<R> reader, String... requiredColumns)
      throws IOException {
    List<R> rows = new ArrayList<>();
    if (Files.isRegularFile(file)) {
      for (MetricTableRow r : rows(file, requiredColumns)) {
        rows.add(reader.read(r));
      }
    }
    return rows;
  }

  /** Every row of a metric CSV, read as text; a missing file or required column is an {@link InvalidMetricsException}. */
  static List<MetricTableRow> rows(Path file, String... requiredColumns) throws IOException {
    if (!Files.isRegularFile(file)) {
      throw new InvalidMetricsException(file + ": metric table not found");
    }
    Table table;
    try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      table = Table.read().usingOptions(CsvReadOptions.builder(in)
          .tableName(file.getFileName().toString())
          .separator(',')
          .header(true)
          .columnTypes(column -> ColumnType.STRING)
          // only an empty cell means "not computed"; "NA" or "-" are codes like any other
          .missingValueIndicator("")
          .maxCharsPerColumn(1 << 16));
    } catch (RuntimeException e) {
      throw new InvalidMetricsException(file + ": cannot be read as CSV: " + e.getMessage());
    }
    Map<String, String> columnsByLowerName = new LinkedHashMap<>();
    for (String name : table.columnNames()) {
      columnsByLowerName.putIfAbsent(stripBom(name).strip().toLowerCase(Locale.ROOT), name);
    }
    for (String required : requiredColumns) {
      if (!columnsByLowerName.containsKey(required)) {
        throw new InvalidMetricsException(file + ": column '" + required + "' is missing");
      }
    }
    List<MetricTableRow> rows = new ArrayList<>(table.rowCount());
    for (int i = 0; i < table.rowCount(); i++) {
      rows.add(new MetricTableRow(file, table, columnsByLowerName, i));
    }
    return rows;
  }

  private static String stripBom(String name) {
    return name.startsWith("\uFEFF") ? name.substring(1) : name;
  }
}
