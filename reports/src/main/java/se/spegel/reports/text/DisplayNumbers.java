package se.spegel.reports.text;

import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/**
 * Numbers as the report shows them in its language: "12,3 %" and "+4,2" in Swedish, "12.3%" and
 * "+4.2" in English. Negative numbers use the typographic minus sign (−).
 */
public final class DisplayNumbers {

    static final String MINUS = "\u2212";
    public static final String NO_VALUE = "\u2013";
    private static final char NBSP = '\u00a0';

    private final boolean swedish;
    private final DecimalFormatSymbols symbols;

    DisplayNumbers(Locale locale) {
        this.swedish = "sv".equals(locale.getLanguage());
        this.symbols = DecimalFormatSymbols.getInstance(locale);
        symbols.setMinusSign('\u2212');
        if (swedish) {
            symbols.setDecimalSeparator(',');
            symbols.setGroupingSeparator(NBSP);
        } else {
            symbols.setDecimalSeparator('.');
            symbols.setGroupingSeparator(',');
        }
    }

    /** A fraction 0–1 as a percentage, e.g. 0.123 → "12,3 %". {@code null} → "–". */
    public String percent(Double fraction, int decimals) {
        if (fraction == null) {
            return NO_VALUE;
        }
        return decimal(100 * fraction, decimals) + (swedish ? NBSP + "%" : "%");
    }

    /** A percentage range from two fractions, e.g. "2,1–6,3 %". */
    public String percentRange(Double low, Double high, int decimals) {
        if (low == null || high == null) {
            return NO_VALUE;
        }
        return decimal(100 * low, decimals) + "\u2013" + percent(high, decimals);
    }

    /** Percentage points with a sign, e.g. "+4,2", "−3,0", "0,0". {@code null} → "–". */
    public String signed(Double value, int decimals) {
        if (value == null) {
            return NO_VALUE;
        }
        String plain = decimal(Math.abs(value), decimals);
        if (plain.equals(decimal(0.0, decimals))) {
            return plain;
        }
        return (value > 0 ? "+" : MINUS) + plain;
    }

    /** A number with a fixed count of decimals, e.g. 2.5 → "2,5". {@code null} → "–". */
    public String decimal(Double value, int decimals) {
        if (value == null) {
            return NO_VALUE;
        }
        DecimalFormat format = new DecimalFormat(decimals == 0 ? "#,##0" : "#,##0." + "0".repeat(decimals), symbols);
        format.setRoundingMode(RoundingMode.HALF_UP);
        String text = format.format(value);
        String zero = format.format(0.0);
        return text.equals(MINUS + zero) ? zero : text;
    }

    /** A whole count with grouping, e.g. 1234 → "1 234"; a weighted count gets one decimal. */
    public String count(double value) {
        boolean whole = Math.abs(value - Math.rint(value)) < 1e-9;
        return decimal(value, whole ? 0 : 1);
    }
}
