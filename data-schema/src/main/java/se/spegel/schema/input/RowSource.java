package se.spegel.schema.input;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;

/**
 * The rows of one input table, whatever file format they came in (CSV, an Excel sheet, Parquet):
 * canonical column names and rows read by name, so that each reader's rules apply unchanged.
 */
public interface RowSource extends AutoCloseable {
    Path file();

    /** Canonical names of the columns kept (identifier columns already left out). */
    List<String> columns();

    /** Headers of columns left out because they hold direct identifiers. */
    List<String> droppedIdentifierColumns();

    /** Hands every data row to {@code rows}, or to {@code malformed} when it cannot be a row of this table. */
    void forEach(Consumer<CsvRow> rows, MalformedRow malformed);

    /** Things the user should know about how the file was read (columns not read, ...). */
    default List<String> warnings() {
        return List.of();
    }

    /** How the file was read, for the progress line, e.g. "CSV ';' Windows-1252"; empty when nothing to say. */
    default String description() {
        return "";
    }

    @Override
    default void close() {}

    /** Callback for rows that cannot be read as a row of this table. */
    interface MalformedRow {
        /** @param column the 1-based position where the row departs from the header (first missing or extra cell) */
        void reject(long line, int column, String reason, String detail);
    }

    /** Stops with a message naming the first required column the table lacks. */
    static void requireColumns(Path file, List<String> columns, List<String> required) {
        for (String column : required) {
            if (!columns.contains(column)) {
                throw new InputException(
                        file,
                        1,
                        0,
                        column,
                        "missing required column '" + column + "'; the header has: " + String.join(", ", columns));
            }
        }
    }
}
