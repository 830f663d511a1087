package se.spegel.reports.chart;

import java.text.FieldPosition;
import java.text.NumberFormat;
import java.text.ParsePosition;
import se.spegel.reports.text.DisplayNumbers;

/** Formats axis ticks through {@link DisplayNumbers} without a sign: "1 200", "12,5", or "10 %" for percent axes. */
final class PlainNumberFormat extends NumberFormat {

    private static final long serialVersionUID = 1L;

    private final transient DisplayNumbers numbers;
    private final int decimals;
    private final boolean percent;

    private PlainNumberFormat(DisplayNumbers numbers, int decimals, boolean percent) {
        this.numbers = numbers;
        this.decimals = decimals;
        this.percent = percent;
    }

    static PlainNumberFormat decimal(DisplayNumbers numbers, int decimals) {
        return new PlainNumberFormat(numbers, decimals, false);
    }

    /** Values already in percent (12.5 → "12,5 %"). */
    static PlainNumberFormat percent(DisplayNumbers numbers, int decimals) {
        return new PlainNumberFormat(numbers, decimals, true);
    }

    @Override
    public StringBuffer format(double number, StringBuffer toAppendTo, FieldPosition pos) {
        return toAppendTo.append(percent ? numbers.percent(number / 100, decimals) : numbers.decimal(number, decimals));
    }

    @Override
    public StringBuffer format(long number, StringBuffer toAppendTo, FieldPosition pos) {
        return format((double) number, toAppendTo, pos);
    }

    @Override
    public Number parse(String source, ParsePosition parsePosition) {
        throw new UnsupportedOperationException("axis labels are not parsed");
    }
}
