package se.spegel.schema.input.xlsx;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler.SheetContentsHandler;
import org.apache.poi.xssf.usermodel.XSSFComment;
import se.spegel.schema.input.RowTable;

/**
 * Hands the non-blank rows of a streamed sheet to the table, each with its cells from column A on
 * and numbered as Excel numbers rows (blank rows keep the numbering right).
 */
final class SheetRows implements SheetContentsHandler {
    private final RowTable.Builder table;
    private final TreeMap<Integer, String> cells = new TreeMap<>();
    private int nextColumn;

    SheetRows(RowTable.Builder table) {
        this.table = table;
    }

    @Override
    public void startRow(int rowNum) {
        cells.clear();
        nextColumn = 0;
    }

    @Override
    public void cell(String cellReference, String formattedValue, XSSFComment comment) {
        int column = cellReference == null ? nextColumn : new CellReference(cellReference).getCol();
        nextColumn = column + 1;
        if (formattedValue != null && !formattedValue.isBlank()) {
            cells.put(column, errorText(formattedValue));
        }
    }

    @Override
    public void endRow(int rowNum) {
        if (cells.isEmpty()) {
            return; // a blank row
        }
        int width = cells.lastKey() + 1;
        List<String> values = new ArrayList<>(width);
        for (int column = 0; column < width; column++) {
            values.add(cells.getOrDefault(column, ""));
        }
        table.row(rowNum + 1L, values);
    }

    /** POI writes an error cell as "ERROR:#N/A"; Excel shows "#N/A". */
    private static String errorText(String value) {
        return value.startsWith("ERROR:#") ? value.substring("ERROR:".length()) : value;
    }
}
