package se.spegel.schema.input;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/** One data row of a CSV input, with its line number, read by canonical column name. */
public final class CsvRow {
    private final Path file;
    private final long line;
    private final Map<String, Integer> columnIndex;
    private final List<String> values;
    /** Spreadsheet column letters of the values (for messages such as "C5"); null for text files. */
    private final List<String> columnLetters;

    CsvRow(Path file, long line, Map<String, Integer> columnIndex, List<String> values) {
        this(file, line, columnIndex, values, null);
    }

    CsvRow(Path file, long line, Map<String, Integer> columnIndex, List<String> values, List<String> columnLetters) {
        this.file = file;
        this.line = line;
        this.columnIndex = columnIndex;
        this.values = values;
        this.columnLetters = columnLetters;
    }

    /** A row of named cells from a source that is not CSV, e.g. a Pabulib voter line. */
    public static CsvRow of(Path file, long line, Map<String, String> cells) {
        Map<String, Integer> index = new java.util.LinkedHashMap<>();
        List<String> values = new java.util.ArrayList<>();
        cells.forEach((column, value) -> {
            index.put(column, values.size());
            values.add(value == null ? "" : value);
        });
        return new CsvRow(file, line, index, values);
    }

    /**
     * A row of cells by position, the columns' positions shared by every row of the source
     * (for sources read in bulk, e.g. Parquet on Spark).
     */
    public static CsvRow of(Path file, long line, Map<String, Integer> columnIndex, List<String> values) {
        return new CsvRow(file, line, columnIndex, values);
    }

    public long line() {
        return line;
    }

    public Path file() {
        return file;
    }

    public boolean has(String column) {
        return columnIndex.containsKey(column);
    }

    /** The trimmed cell, "" when blank or when the file has no such column. */
    public String text(String column) {
        Integer index = columnIndex.get(column);
        return index == null ? "" : values.get(index).strip();
    }

    /** The trimmed cell, or null when blank or absent. */
    public String textOrNull(String column) {
        String value = text(column);
        return value.isEmpty() ? null : value;
    }

    /** A whole number, null when blank; a non-number is a user mistake naming this cell. */
    public Integer integer(String column) {
        String value = text(column);
        if (value.isEmpty()) {
            return null;
        }
        try {
            return Integer.valueOf(value.replace("\u00a0", "").replace(" ", ""));
        } catch (NumberFormatException e) {
            throw error(column, ShownValue.quoted(value) + " is not a whole number");
        }
    }

    /** A number with a decimal point or a decimal comma, null when blank. */
    public Double decimal(String column) {
        String value = text(column);
        if (value.isEmpty()) {
            return null;
        }
        String normalised = value.replace("\u00a0", "").replace(" ", "").replace(',', '.');
        try {
            double parsed = Double.parseDouble(normalised);
            if (Double.isNaN(parsed) || Double.isInfinite(parsed)) {
                throw new NumberFormatException();
            }
            return parsed;
        } catch (NumberFormatException e) {
            throw error(column, ShownValue.quoted(value) + " is not a number");
        }
    }

    /** An error located at this row and column. */
    public InputException error(String column, String message) {
        Integer index = columnIndex.get(column);
        if (columnLetters != null && index != null) {
            return InputException.atCell(file, line, index + 1, columnLetters.get(index) + line, column, message);
        }
        return new InputException(file, line, index == null ? 0 : index + 1, column, message);
    }

    /**
     * Stops at the first cell whose text {@link UnsafeText} refuses (control or bidirectional
     * formatting characters, or too long), naming its line and column but not its text.
     */
    public void requireSafeText() {
        for (Map.Entry<String, Integer> column : columnIndex.entrySet()) {
            String problem = UnsafeText.problem(values.get(column.getValue()));
            if (problem != null) {
                throw error(column.getKey(), column.getKey() + " " + problem);
            }
        }
    }

    /** 1-based position of a column, 0 when absent. */
    public int position(String column) {
        Integer index = columnIndex.get(column);
        return index == null ? 0 : index + 1;
    }

    static String abbreviate(String value) {
        return ShownValue.abbreviate(value);
    }
}
