package se.spegel.schema.input;

import static se.spegel.schema.Columns.*;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import se.spegel.schema.config.SpegelConfig;

/**
 * Reads the optional areas file (the area hierarchy). The hierarchy must be a tree: an area
 * listed twice or a cycle of parents stops the run at the row concerned; a parent that is not
 * in the file makes its child a top-level area, with a warning.
 */
public final class AreasReader {
    private static final List<String> KNOWN = List.of(AREA_CODE, PARENT_CODE, LEVEL, NAME);

    private AreasReader() {}

    public record Result(List<AreaRow> areas, InputLedger ledger) {}

    public static final TableSpec SPEC = new TableSpec("areas", KNOWN, AREAS_REQUIRED, false);

    public static Result read(Path file, SpegelConfig config) {
        return read(file, config, TableOpener::openText);
    }

    /** Reads the area hierarchy in whatever table format {@code opener} reads (CSV, Excel, Parquet). */
    public static Result read(Path file, SpegelConfig config, TableOpener opener) {
        InputLedger ledger = new InputLedger("areas", file);
        List<AreaRow> areas = new ArrayList<>();
        Map<String, CsvRow> rows = new HashMap<>();
        try (RowSource input = opener.open(file, SPEC, config)) {
            ledger.noteSource(input);
            input.forEach(
                    row -> {
                        row.requireSafeText(); // area names are shown in reports, maps and tables
                        String code = row.text(AREA_CODE);
                        if (code.isEmpty()) {
                            ledger.reject(row.line(), AREA_CODE, "missing_area_code", "area_code is blank");
                        } else if (rows.putIfAbsent(code, row) != null) {
                            throw row.error(
                                    AREA_CODE,
                                    "area " + ShownValue.quoted(code) + " is listed twice (first at line "
                                            + rows.get(code).line() + ")");
                        } else {
                            areas.add(new AreaRow(
                                    code, row.textOrNull(PARENT_CODE), row.textOrNull(LEVEL), row.textOrNull(NAME)));
                            ledger.accept();
                        }
                    },
                    (line, column, reason, detail) -> ledger.reject(line, null, reason, detail));
        }
        if (areas.isEmpty()) {
            long line = ledger.rejects().isEmpty() ? 2 : ledger.rejects().get(0).line();
            throw new InputException(
                    file,
                    line,
                    0,
                    null,
                    ledger.rowsRead() == 0
                            ? "the areas file has a header but no rows; give the hierarchy or leave out --areas"
                            : "no usable area: every row was rejected");
        }
        checkTree(areas, rows, ledger);
        return new Result(areas, ledger);
    }

    /** Every chain of parents ends (no cycle); parents missing from the file are warned about. */
    private static void checkTree(List<AreaRow> areas, Map<String, CsvRow> rows, InputLedger ledger) {
        Map<String, String> parents = new HashMap<>();
        areas.forEach(a -> parents.put(a.areaCode(), a.parentCode()));
        List<String> orphans = new ArrayList<>();
        for (AreaRow area : areas) {
            LinkedHashSet<String> chain = new LinkedHashSet<>();
            String current = area.areaCode();
            while (current != null && parents.containsKey(current)) {
                if (!chain.add(current)) {
                    throw rows.get(area.areaCode())
                            .error(
                                    PARENT_CODE,
                                    "the area hierarchy has a cycle: " + String.join(" → ", chain) + " → " + current);
                }
                current = parents.get(current);
            }
            if (area.parentCode() != null && !parents.containsKey(area.parentCode())) {
                orphans.add(ShownValue.quoted(area.parentCode()) + " (parent of " + area.areaCode() + ", line "
                        + rows.get(area.areaCode()).line() + ")");
            }
        }
        if (!orphans.isEmpty()) {
            ledger.warn("parent_code " + orphans.get(0) + " is not in the file"
                    + (orphans.size() > 1 ? ", nor are " + (orphans.size() - 1) + " more parents" : "")
                    + "; such areas are treated as top-level areas");
        }
    }
}
