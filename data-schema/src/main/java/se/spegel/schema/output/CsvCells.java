package se.spegel.schema.output;

import java.math.BigDecimal;

/** How Spegel writes a cell into a CSV file. */
public final class CsvCells {
    private CsvCells() {}

    /** Text that would start a formula in a spreadsheet gets a leading apostrophe. */
    public static String neutraliseFormula(String text) {
        if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
            return "'" + text;
        }
        return text;
    }

    /** Undoes {@link #neutraliseFormula} for a reader of Spegel's CSV. */
    public static String restoreFormula(String cell) {
        if (cell.length() >= 2 && cell.charAt(0) == '\'' && "=+-@\t\r".indexOf(cell.charAt(1)) >= 0) {
            return cell.substring(1);
        }
        return cell;
    }

    /** A cell's text: empty for null, exact shortest decimal for doubles (never exponent notation). */
    public static String format(Object value, ColumnType type) {
        if (value == null) {
            return "";
        }
        return switch (type) {
            case STRING -> neutraliseFormula(value.toString());
            case DOUBLE -> formatDouble((Double) value);
            default -> value.toString();
        };
    }

    static String formatDouble(double value) {
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            return "";
        }
        if (value == 0) {
            return "0";
        }
        String plain = new BigDecimal(Double.toString(value)).stripTrailingZeros().toPlainString();
        return plain;
    }

    /** RFC 4180 quoting. */
    public static String quote(String cell) {
        if (cell.indexOf(',') >= 0 || cell.indexOf('"') >= 0 || cell.indexOf('\n') >= 0 || cell.indexOf('\r') >= 0) {
            return '"' + cell.replace("\"", "\"\"") + '"';
        }
        return cell;
    }
}
