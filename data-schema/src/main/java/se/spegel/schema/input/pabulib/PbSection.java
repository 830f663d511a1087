package se.spegel.schema.input.pabulib;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import se.spegel.schema.input.InputException;
import se.spegel.schema.input.ShownValue;

/**
 * One section of a {@code .pb} file: its header row and data rows, with typed access to
 * cells that reports problems as {@link InputException} naming file, line and column.
 */
final class PbSection {
    private final Path file;
    private final String name;
    private final long headerLine;
    private final List<String> header;
    private final List<PbRow> rows;
    private final Map<String, Integer> index = new HashMap<>();

    PbSection(Path file, String name, long headerLine, List<String> header, List<PbRow> rows) {
        this.file = file;
        this.name = name;
        this.headerLine = headerLine;
        this.header = List.copyOf(header);
        this.rows = List.copyOf(rows);
        for (int i = 0; i < header.size(); i++) {
            String column = header.get(i);
            if (column.isEmpty()) {
                throw new InputException(
                        file, headerLine, i + 1, null, name + " header: column " + (i + 1) + " has no name");
            }
            if (index.putIfAbsent(column, i) != null) {
                throw new InputException(
                        file, headerLine, i + 1, column, name + " header: column '" + column + "' appears twice");
            }
        }
    }

    String name() {
        return name;
    }

    List<String> header() {
        return header;
    }

    List<PbRow> rows() {
        return rows;
    }

    boolean has(String column) {
        return index.containsKey(column);
    }

    void require(String column) {
        if (!has(column)) {
            throw headerError(column, "lacks required column '" + column + "'; it has: " + String.join(";", header));
        }
    }

    /** A problem with the section as a whole, reported at its header line. */
    InputException headerError(String column, String message) {
        Integer i = column == null ? null : index.get(column);
        return new InputException(file, headerLine, i == null ? 0 : i + 1, column, name + " header " + message);
    }

    /** The stripped cell, or null when the column is absent or the cell is blank. */
    String text(PbRow row, String column) {
        Integer i = index.get(column);
        if (i == null) {
            return null;
        }
        String cell = row.cells().get(i).strip();
        return cell.isEmpty() ? null : cell;
    }

    String requiredText(PbRow row, String column) {
        String text = text(row, column);
        if (text == null) {
            throw error(row, column, column + " is blank");
        }
        return text;
    }

    long wholeNumber(PbRow row, String column) {
        return parseLong(row, column, requiredText(row, column));
    }

    Long optionalWholeNumber(PbRow row, String column) {
        String text = text(row, column);
        return text == null ? null : parseLong(row, column, text);
    }

    Integer optionalInt(PbRow row, String column) {
        Long value = optionalWholeNumber(row, column);
        if (value != null && (value < Integer.MIN_VALUE || value > Integer.MAX_VALUE)) {
            throw error(row, column, column + " '" + value + "' is out of range");
        }
        return value == null ? null : value.intValue();
    }

    /** A {@code 1}/{@code 0} flag; null when the column is absent or the cell blank. */
    Boolean optionalFlag(PbRow row, String column) {
        String text = text(row, column);
        if (text == null) {
            return null;
        }
        return switch (text) {
            case "1" -> Boolean.TRUE;
            case "0" -> Boolean.FALSE;
            default -> throw error(row, column, column + " " + ShownValue.quoted(text) + " is not 0 or 1");
        };
    }

    InputException error(PbRow row, String column, String message) {
        Integer i = index.get(column);
        return new InputException(file, row.line(), i == null ? 0 : i + 1, column, name + ": " + message);
    }

    private long parseLong(PbRow row, String column, String text) {
        try {
            return Long.parseLong(text);
        } catch (NumberFormatException e) {
            throw error(row, column, column + " " + ShownValue.quoted(text) + " is not a whole number");
        }
    }
}
