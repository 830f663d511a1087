package se.spegel.schema.input.xlsx;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Writes a one-sheet workbook whose cells have the types a test asks for, as Excel would store them. */
final class Sheets {
    /** A formula cell, e.g. {@code new Formula("30+4")}. */
    record Formula(String text) {}

    /** A number shown in a display format, e.g. {@code new Shown(1.25, "0.0")}. */
    record Shown(double value, String format) {}

    private Sheets() {}

    /** Rows from row 1 down; a null row stays blank, a null cell is left out. */
    static Path write(Path file, List<List<Object>> rows) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook();
                OutputStream out = Files.newOutputStream(file)) {
            Sheet sheet = workbook.createSheet("Deltagare");
            workbook.createSheet("Anteckningar")
                    .createRow(0)
                    .createCell(0)
                    .setCellValue("not read: only the first sheet is");
            for (int r = 0; r < rows.size(); r++) {
                if (rows.get(r) == null) {
                    continue;
                }
                Row row = sheet.createRow(r);
                for (int c = 0; c < rows.get(r).size(); c++) {
                    Object value = rows.get(r).get(c);
                    if (value != null) {
                        set(workbook, row.createCell(c), value);
                    }
                }
            }
            workbook.write(out);
        }
        return file;
    }

    private static void set(XSSFWorkbook workbook, Cell cell, Object value) {
        if (value instanceof String text) {
            cell.setCellValue(text);
        } else if (value instanceof Number number) {
            cell.setCellValue(number.doubleValue());
        } else if (value instanceof Boolean flag) {
            cell.setCellValue(flag);
        } else if (value instanceof LocalDate date) {
            cell.setCellValue(date);
            cell.setCellStyle(style(workbook, "yyyy-mm-dd"));
        } else if (value instanceof Formula formula) {
            cell.setCellFormula(formula.text());
            workbook.getCreationHelper().createFormulaEvaluator().evaluateFormulaCell(cell);
        } else if (value instanceof Shown shown) {
            cell.setCellValue(shown.value());
            cell.setCellStyle(style(workbook, shown.format()));
        } else {
            throw new IllegalArgumentException("cannot write " + value);
        }
    }

    private static CellStyle style(XSSFWorkbook workbook, String format) {
        CellStyle style = workbook.createCellStyle();
        style.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat(format));
        return style;
    }
}
