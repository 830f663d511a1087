package se.spegel.schema.output;

import java.math.BigDecimal;

/** How Spegel writes a cell into a CSV file. */
public final class CsvCells {
    /** Below this magnitude a number is written in exponent notation. */
    static final double SMALLEST_PLAIN = 1e-6;

    private CsvCells() {}

    /**
     * Characters a spreadsheet may read as the start of a formula: the ASCII ones, tab and return,
     * and their fullwidth (U+FF1D ＝, U+FF0B ＋, U+FF0D －, U+FF20 ＠) and small (U+FE62 ﹢,
     * U+FE63 ﹣) forms, which Excel with an East Asian input method folds to ASCII.
     */
    private static final String FORMULA_START = "=+-@\t\r\uFF1D\uFF0B\uFF0D\uFF20\uFE62\uFE63";

    /**
     * Text that would start a formula in a spreadsheet gets a leading apostrophe. So does text
     * that already starts with apostrophes before such a character ("'=x"), so that
     * {@link #restoreFormula} gives back exactly the original text.
     */
    public static String neutraliseFormula(String text) {
        return startsFormulaAfterApostrophes(text, 0) ? "'" + text : text;
    }

    /** Undoes {@link #neutraliseFormula} for a reader of Spegel's CSV. */
    public static String restoreFormula(String cell) {
        if (!cell.isEmpty() && cell.charAt(0) == '\'' && startsFormulaAfterApostrophes(cell, 1)) {
            return cell.substring(1);
        }
        return cell;
    }

    /** Whether, after any apostrophes from {@code from} on, the next character starts a formula. */
    private static boolean startsFormulaAfterApostrophes(String text, int from) {
        int i = from;
        while (i < text.length() && text.charAt(i) == '\'') {
            i++;
        }
        return i < text.length() && FORMULA_START.indexOf(text.charAt(i)) >= 0;
    }

    /**
     * A cell's text: empty for null; doubles as the exact shortest decimal, in plain notation
     * down to 1e-6 and in exponent notation (3.9E-157) below that.
     */
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
        if (Math.abs(value) < SMALLEST_PLAIN) {
            // tiny p-values would need hundreds of zeros; spreadsheets read 3.9E-157 as a number
            return Double.toString(value);
        }
        return new BigDecimal(Double.toString(value)).stripTrailingZeros().toPlainString();
    }

    /** RFC 4180 quoting. */
    public static String quote(String cell) {
        if (cell.indexOf(',') >= 0 || cell.indexOf('"') >= 0 || cell.indexOf('\n') >= 0 || cell.indexOf('\r') >= 0) {
            return '"' + cell.replace("\"", "\"\"") + '"';
        }
        return cell;
    }
}
