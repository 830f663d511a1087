package se.spegel.schema.input;

import java.nio.file.Path;

/**
 * A user mistake in an input file: stops the run with exit code 2 and a one-line message
 * that names the file, line and column. Never shown as a stack trace.
 */
public final class InputException extends RuntimeException {
    private final String file;
    private final long line;
    private final int column;
    private final String columnName;
    /** A spreadsheet cell reference such as "C5", shown instead of line and column; null for text files. */
    private final String cell;

    public InputException(Path file, long line, int column, String columnName, String message) {
        this(file, line, column, columnName, null, message);
    }

    private InputException(Path file, long line, int column, String columnName, String cell, String message) {
        super(message);
        this.file = file == null ? "" : file.toString();
        this.line = line;
        this.column = column;
        this.columnName = columnName;
        this.cell = cell;
    }

    /** For a cell of a spreadsheet: the message names it the way Excel does, e.g. {@code list.xlsx:C5}. */
    public static InputException atCell(
            Path file, long row, int column, String cell, String columnName, String message) {
        return new InputException(file, row, column, columnName, cell, message);
    }

    /** For a problem with a whole file (line 0 means "no particular line"). */
    public static InputException ofFile(Path file, String message) {
        return new InputException(file, 0, 0, null, message);
    }

    public String file() {
        return file;
    }

    public long line() {
        return line;
    }

    public int column() {
        return column;
    }

    public String columnName() {
        return columnName;
    }

    /** {@code file:line:column (name): message}, the way compilers report errors. */
    public String userMessage() {
        StringBuilder where = new StringBuilder(file);
        if (cell != null) {
            where.append(':').append(cell);
        } else if (line > 0) {
            where.append(':').append(line);
            if (column > 0) {
                where.append(':').append(column);
            }
        }
        if (columnName != null) {
            where.append(" (column ").append(columnName).append(')');
        }
        return where + ": " + getMessage();
    }
}
