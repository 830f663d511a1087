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
 * Typed access to one row of a metric table read as text. Empty cells are {@code null}; a text cell
 * that the writer escaped against formula injection ({@code '=…}, {@code '+…}, {@code '-…},
 * {@code '@…}) is returned without that one {@code '}.
 */
final class MetricTableRow {

  private final Path file;
  private final Table table;
  private final Map<String, String> columnsByLowerName;
  private final int row;

  MetricTableRow(Path file, Table table, Map<String, String> columnsByLowerName, int row) {
    this.file = file;
    this.table = table;
    this.columnsByLowerName = columnsByLowerName;
    this.row = row;
  }

  /** Text of a column, unescaped; {@code null} when the cell is empty or the column absent. */
  String text(String column) {
    String name = columnsByLowerName.get(column.toLowerCase(Locale.ROOT));
    if (name == null) {
      return null;
    }
    String raw = table.stringColumn(name).get(row);
    if (raw == null || raw.isBlank()) {
      return null;
    }
    return unescapeFormula(raw.strip());
  }

  /** Text of a column that must have a value. */
  String requiredText(String column) throws InvalidMetricsException {
    String value = text(column);
    if (value == null) {
      throw new InvalidMetricsException(where(column) + ": empty, but a value is required");
    }
    return value;
  }

  Double number(String column) throws InvalidMetricsException {
    String value = text(column);
    if (value == null) {
      return null;
    }
    try {
      double parsed = Double.parseDouble(value);
      if (Double.isNaN(parsed)) {
        return null;
      }
      return parsed;
    } catch (NumberFormatException e) {
      throw new InvalidMetricsException(where(column) + ": '" + value + "' is not a number");
    }
  }

  /** A number that must be there. */
  double requiredNumber(String column) throws InvalidMetricsException {
    Double value = number(column);
    if (value == null) {
      throw new InvalidMetricsException(where(column) + ": empty, but a value is required");
    }
    return value;
  }

  /** A whole number that must be there. */
  int requiredInteger(String column) throws InvalidMetricsException {
    requiredNumber(column);
    return integer(column);
  }

  Integer integer(String column) throws InvalidMetricsException {
    Double value = number(column);
    if (value == null) {
      return null;
    }
    if (value != Math.rint(value) || Math.abs(value) > Integer.MAX_VALUE) {
      throw new InvalidMetricsException(where(column) + ": '" + value + "' is not a whole number");
    }
    return value.intValue();
  }

  Boolean bool(String column) throws InvalidMetricsException {
    String value = text(column);
    if (value == null) {
      return null;
    }
    return switch (value.toLowerCase(Locale.ROOT)) {
      case "true", "1", "yes", "ja" -> Boolean.TRUE;
      case "false", "0", "no", "nej" -> Boolean.FALSE;
      default -> throw new InvalidMetricsException(where(column) + ": '" + value + "' is not true or false");
    };
  }

  private String where(String column) {
    // row + 2: one for the header line, one because lines are counted from 1
    return file + " line " + (row + 2) + " column " + column;
  }

  static String unescapeFormula(String text) {
    if (text.length() >= 2 && text.charAt(0) == '\'' && "=+-@".indexOf(text.charAt(1)) >= 0) {
      return text.substring(1);
    }
    return text;
  }

  /** Every row of a metric CSV, read as text; a missing file or required column is an {@link InvalidMetricsException}. */
  static List<MetricTableRow> readAll(Path file, String... requiredColumns) throws IOException {
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
