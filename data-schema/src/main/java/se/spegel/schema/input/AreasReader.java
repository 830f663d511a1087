package se.spegel.schema.input;

import static se.spegel.schema.Columns.*;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import se.spegel.schema.config.SpegelConfig;

/** Reads the optional areas file (the area hierarchy). */
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
        Set<String> seen = new HashSet<>();
        try (RowSource input = opener.open(file, SPEC, config)) {
            ledger.noteSource(input);
            input.forEach(row -> {
                String code = row.text(AREA_CODE);
                if (code.isEmpty()) {
                    ledger.reject(row.line(), AREA_CODE, "missing_area_code", "area_code is blank");
                } else if (!seen.add(code)) {
                    throw row.error(AREA_CODE, "area '" + code + "' is listed twice");
                } else {
                    areas.add(new AreaRow(code, row.textOrNull(PARENT_CODE), row.textOrNull(LEVEL), row.textOrNull(NAME)));
                    ledger.accept();
                }
            }, (line, reason, detail) -> ledger.reject(line, null, reason, detail));
        }
        return new Result(areas, ledger);
    }
}
