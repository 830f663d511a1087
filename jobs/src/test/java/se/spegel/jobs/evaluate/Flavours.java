package se.spegel.jobs.evaluate;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import se.spegel.jobs.SharedSpark;

/**
 * One table (a header and rows of cell texts, as a plain UTF-8 CSV would hold them) written in each
 * format users bring: CSV the way different tools save it, an Excel workbook with typed cells,
 * Parquet with typed columns. A test reads every flavour and expects the same records.
 */
record Flavours(List<String> header, List<List<String>> rows) {
    private static final Pattern WHOLE = Pattern.compile("-?\\d{1,9}");
    private static final Pattern DECIMAL = Pattern.compile("-?\\d+\\.\\d+");
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    /** Comma-separated UTF-8 without BOM, LF line ends, cells with a comma quoted. */
    Path csvComma(Path file) throws IOException {
        return Files.write(file, text(",", "\n", Function.identity()).getBytes(StandardCharsets.UTF_8));
    }

    /** What Swedish Excel saves as "CSV UTF-8": BOM, semicolons, decimal comma, CRLF. */
    Path csvExcelUtf8(Path file) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
        bytes.write(text(";", "\r\n", Flavours::decimalComma).getBytes(StandardCharsets.UTF_8));
        return Files.write(file, bytes.toByteArray());
    }

    /** What Swedish Excel saves as plain "CSV": Windows-1252, semicolons, decimal comma, CRLF. */
    Path csvWindows1252(Path file) throws IOException {
        return Files.write(file, text(";", "\r\n", Flavours::decimalComma).getBytes(WINDOWS_1252));
    }

    /** A workbook whose numbers are numeric cells (whole and decimal), blanks absent, text as text. */
    Path xlsx(Path file) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook();
                OutputStream out = Files.newOutputStream(file)) {
            Sheet sheet = workbook.createSheet("Blad1");
            write(sheet.createRow(0), header);
            for (int r = 0; r < rows.size(); r++) {
                write(sheet.createRow(r + 1), rows.get(r));
            }
            workbook.write(out);
        }
        return file;
    }

    /** Parquet with a whole-number column as int, a decimal one as double, blanks as nulls. */
    Path parquet(Path folder) {
        List<StructField> fields = new ArrayList<>();
        for (int c = 0; c < header.size(); c++) {
            fields.add(DataTypes.createStructField(header.get(c), type(c), true));
        }
        List<org.apache.spark.sql.Row> data = new ArrayList<>();
        for (List<String> row : rows) {
            Object[] values = new Object[row.size()];
            for (int c = 0; c < row.size(); c++) {
                values[c] = value(type(c), row.get(c));
            }
            data.add(RowFactory.create(values));
        }
        SharedSpark.get()
                .createDataFrame(data, new StructType(fields.toArray(StructField[]::new)))
                .coalesce(1)
                .write()
                .parquet(folder.toString());
        return folder;
    }

    private String text(String delimiter, String lineEnd, Function<String, String> cell) {
        StringBuilder text = new StringBuilder(line(header, delimiter, Function.identity())).append(lineEnd);
        rows.forEach(row -> text.append(line(row, delimiter, cell)).append(lineEnd));
        return text.toString();
    }

    private static String line(List<String> cells, String delimiter, Function<String, String> cell) {
        return String.join(
                delimiter,
                cells.stream()
                        .map(cell)
                        .map(c -> c.contains(delimiter) ? "\"" + c + "\"" : c)
                        .toList());
    }

    private static String decimalComma(String cell) {
        return DECIMAL.matcher(cell).matches() ? cell.replace('.', ',') : cell;
    }

    private static void write(Row row, List<String> cells) {
        for (int c = 0; c < cells.size(); c++) {
            String cell = cells.get(c);
            if (WHOLE.matcher(cell).matches() || DECIMAL.matcher(cell).matches()) {
                row.createCell(c).setCellValue(Double.parseDouble(cell));
            } else if (!cell.isEmpty()) {
                row.createCell(c).setCellValue(cell);
            }
        }
    }

    /** A column is int (or double) when every non-blank cell is such a number. */
    private DataType type(int column) {
        List<String> filled =
                rows.stream().map(r -> r.get(column)).filter(c -> !c.isEmpty()).toList();
        if (!filled.isEmpty() && filled.stream().allMatch(c -> WHOLE.matcher(c).matches())) {
            return DataTypes.IntegerType;
        }
        if (!filled.isEmpty()
                && filled.stream()
                        .allMatch(c ->
                                WHOLE.matcher(c).matches() || DECIMAL.matcher(c).matches())) {
            return DataTypes.DoubleType;
        }
        return DataTypes.StringType;
    }

    private static Object value(DataType type, String cell) {
        if (cell.isEmpty()) {
            return null;
        }
        return type == DataTypes.IntegerType
                ? Integer.valueOf(cell)
                : type == DataTypes.DoubleType ? Double.valueOf(cell) : cell;
    }
}
