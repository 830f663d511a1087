package se.spegel.schema.input.px;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A variable of a PC-Axis table (one of STUB or HEADING) and the population column its values
 * fill: for each value, the cell text and whether it is a total (SCB's "totalt ålder", kön "1+2"),
 * which Spegel does not read: it sums the cells itself, and a total would count everyone twice.
 *
 * @param column the population column, or null when the variable is not read (a table-content
 *     variable, or an unknown one with a single value)
 * @param cells the text of each value in that column
 * @param totals whether each value is a total over the variable
 */
record PxVariable(String name, List<String> values, String column, List<String> cells, List<Boolean> totals) {
    private static final Pattern TOTAL_TEXT = Pattern.compile("(?i)^(totalt?|samtliga)\\b.*");

    /**
     * @param codes the variable's CODES (empty when the file has none)
     * @param useCodes whether the column takes the codes (area codes, years) rather than the value texts
     * @param totalsPossible whether a value can be a total (not for areas and years)
     */
    static PxVariable of(
            String name,
            List<String> values,
            List<String> codes,
            String column,
            boolean useCodes,
            boolean totalsPossible) {
        List<String> cells = new ArrayList<>();
        List<Boolean> totals = new ArrayList<>();
        for (int i = 0; i < values.size(); i++) {
            String code = codes.isEmpty() ? "" : codes.get(i).strip();
            cells.add(useCodes && !codes.isEmpty() ? code : values.get(i).strip());
            totals.add(totalsPossible && isTotal(code, values.get(i)));
        }
        return new PxVariable(name, List.copyOf(values), column, List.copyOf(cells), List.copyOf(totals));
    }

    private static boolean isTotal(String code, String value) {
        String lower = code.toLowerCase(Locale.ROOT);
        return lower.equals("tot")
                || lower.equals("1+2")
                || TOTAL_TEXT.matcher(value.strip()).matches();
    }

    int size() {
        return values.size();
    }

    boolean isRead() {
        return column != null;
    }
}
