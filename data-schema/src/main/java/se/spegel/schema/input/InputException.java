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

    public InputException(Path file, long line, int column, String columnName, String message) {
        super(message);
        this.file = file == null ? "" : file.toString();
        this.line = line;
        this.column = column;
        this.columnName = columnName;
    }

    /** For a problem with a whole file (line 0 means "no particular line"). */
    public static InputException ofFile(Path file, String message) {
        return new InputException(file, 0, 0, null, message);
    }

    public String file() { return file; }
    public long line() { return line; }
    public int column() { return column; }
    public String columnName() { return columnName; }

    /** {@code file:line:column (name): message}, the way compilers report errors. */
    public String userMessage() {
        StringBuilder where = new StringBuilder(file);
        if (line > 0) {
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
