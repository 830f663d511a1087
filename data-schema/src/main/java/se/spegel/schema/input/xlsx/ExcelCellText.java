package se.spegel.schema.input.xlsx;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDateTime;
import java.time.LocalTime;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;

/**
 * A numeric cell as text, the way Spegel's readers expect it whatever the cell's display format:
 * a whole number without ".0" (Excel stores 1984 as 1984.0), other numbers to Excel's 15
 * significant digits (0.1 + 0.2 is "0.3", as Excel shows it; a "0.0" display format does not round
 * a weight of 1.25 away), and dates as ISO dates ({@code 2024-03-01}, or
 * {@code 2024-03-01T14:30} with a time of day) rather than in the workbook's locale.
 */
final class ExcelCellText extends DataFormatter {
    private static final int EXCEL_DIGITS = 15;
    private final boolean date1904;

    ExcelCellText(boolean date1904) {
        this.date1904 = date1904;
    }

    @Override
    public String formatRawCellContents(double value, int formatIndex, String formatString) {
        return text(value, formatIndex, formatString, date1904);
    }

    @Override
    public String formatRawCellContents(double value, int formatIndex, String formatString, boolean use1904Windowing) {
        return text(value, formatIndex, formatString, use1904Windowing || date1904);
    }

    static String text(double value, int formatIndex, String formatString, boolean date1904) {
        if (formatString != null
                && DateUtil.isADateFormat(formatIndex, formatString)
                && DateUtil.isValidExcelDate(value)) {
            return date(value, date1904);
        }
        return number(value);
    }

    static String number(double value) {
        if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            return Long.toString((long) value);
        }
        return new BigDecimal(value)
                .round(new MathContext(EXCEL_DIGITS))
                .stripTrailingZeros()
                .toPlainString();
    }

    private static String date(double value, boolean date1904) {
        LocalDateTime time = DateUtil.getLocalDateTime(value, date1904, true);
        if (value < 1 && value >= 0) {
            return time.toLocalTime().toString(); // a time of day without a date
        }
        return time.toLocalTime().equals(LocalTime.MIDNIGHT)
                ? time.toLocalDate().toString()
                : time.toString();
    }
}
