package se.spegel.reports.chart;

import java.text.FieldPosition;
import java.text.NumberFormat;
import java.text.ParsePosition;
import se.spegel.reports.text.DisplayNumbers;

/**
 * Formats axis ticks and bar labels through {@link DisplayNumbers}: signed ("−10", "0", "+10") for the
 * gap axis, or unsigned with a percent sign ("10 %") for the two halves of the age pyramid.
 */
final class SignedNumberFormat extends NumberFormat {

    private static final long serialVersionUID = 1L;

    private final transient DisplayNumbers numbers;
    private final int decimals;
    private final boolean absolutePercent;

    private SignedNumberFormat(DisplayNumbers numbers, int decimals, boolean absolutePercent) {
        this.numbers = numbers;
        this.decimals = decimals;
        this.absolutePercent = absolutePercent;
    }

    static SignedNumberFormat signed(DisplayNumbers numbers, int decimals) {
        return new SignedNumberFormat(numbers, decimals, false);
    }

    /** Values in percent shown without sign: −10 → "10 %". */
    static SignedNumberFormat absolutePercent(DisplayNumbers numbers, int decimals) {
        return new SignedNumberFormat(numbers, decimals, true);
    }

    @Override
    public StringBuffer format(double number, StringBuffer toAppendTo, FieldPosition pos) {
        if (absolutePercent) {
            return toAppendTo.append(numbers.percent(Math.abs(number) / 100, decimals));
        }
        return toAppendTo.append(numbers.signed(number, decimals));
    }

    @Override
    public StringBuffer format(long number, StringBuffer toAppendTo, FieldPosition pos) {
        return format((double) number, toAppendTo, pos);
    }

    @Override
    public Number parse(String source, ParsePosition parsePosition) {
        throw new UnsupportedOperationException("display format only");
    }
}
