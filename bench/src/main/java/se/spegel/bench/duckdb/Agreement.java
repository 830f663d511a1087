package se.spegel.bench.duckdb;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * Compares Spegel's metrics/category_gaps.csv with DuckDB's cells, row by row: the same
 * (process, stage, dimension, category) rows on both sides; the same population count and share
 * on every row (population figures are always published); the same n on every published row,
 * and a non-zero n behind every withheld one (disclosure control blanks counts of 1 to 4 and,
 * complementarily, one more).
 */
final class Agreement {
    private static final double SHARE_TOLERANCE = 1e-12;
    private static final int EXAMPLES = 10;

    record Result(
            int spegelRows,
            int published,
            int withheld,
            int matched,
            int mismatched,
            int missingInSpegel,
            int extraInSpegel,
            List<String> examples) {
        boolean agrees() {
            return mismatched == 0 && missingInSpegel == 0 && extraInSpegel == 0;
        }

        String summary() {
            return agrees()
                    ? String.format("agree: all %d rows (%d published n, %d withheld)", spegelRows, published, withheld)
                    : String.format(
                            "DISAGREE: %d of %d rows match; %d differ, %d missing in Spegel, %d only in Spegel",
                            matched, spegelRows, mismatched, missingInSpegel, extraInSpegel);
        }
    }

    private Agreement() {}

    static Result check(List<Cell> cells, Path categoryGapsCsv) throws IOException {
        Map<String, Cell> duck = new HashMap<>();
        cells.forEach(c -> duck.put(c.key(), c));
        Set<String> seen = new HashSet<>();
        List<String> examples = new ArrayList<>();
        int rows = 0;
        int published = 0;
        int withheld = 0;
        int matched = 0;
        int mismatched = 0;
        int extra = 0;
        try (Reader in = Files.newBufferedReader(categoryGapsCsv, StandardCharsets.UTF_8)) {
            for (CSVRecord r : CSVFormat.DEFAULT
                    .builder()
                    .setHeader()
                    .setSkipHeaderRecord(true)
                    .get()
                    .parse(in)) {
                rows++;
                String key =
                        Cell.key(text(r, "process_id"), text(r, "stage"), text(r, "dimension"), text(r, "category"));
                Cell c = duck.get(key);
                boolean suppressed = Boolean.parseBoolean(r.get("suppressed"));
                if (suppressed) {
                    withheld++;
                } else {
                    published++;
                }
                if (c == null) {
                    extra++;
                    example(examples, "only in Spegel: " + readable(key));
                    continue;
                }
                seen.add(key);
                String difference = difference(r, c, suppressed);
                if (difference == null) {
                    matched++;
                } else {
                    mismatched++;
                    example(examples, readable(key) + ": " + difference);
                }
            }
        }
        int missing = 0;
        for (Cell c : cells) {
            if (!seen.contains(c.key())) {
                missing++;
                example(examples, "missing in Spegel: " + readable(c.key()) + " (DuckDB n=" + c.n() + ")");
            }
        }
        return new Result(rows, published, withheld, matched, mismatched, missing, extra, examples);
    }

    /** What differs between Spegel's row and DuckDB's cell; null when nothing does. */
    private static String difference(CSVRecord r, Cell c, boolean suppressed) {
        String popCount = r.get("pop_count");
        Long spegelPop = popCount.isEmpty() ? null : Math.round(Double.parseDouble(popCount));
        if (!java.util.Objects.equals(spegelPop, c.popCount())) {
            return "pop_count " + popCount + " vs DuckDB " + c.popCount();
        }
        String popShare = r.get("pop_share");
        if (popShare.isEmpty() != (c.popShare() == null)
                || (c.popShare() != null && Math.abs(Double.parseDouble(popShare) - c.popShare()) > SHARE_TOLERANCE)) {
            return "pop_share " + popShare + " vs DuckDB " + c.popShare();
        }
        if (suppressed) {
            return c.n() > 0 ? null : "withheld, but DuckDB counts 0";
        }
        double n = Double.parseDouble(r.get("n"));
        return n == c.n() ? null : "n " + r.get("n") + " vs DuckDB " + c.n();
    }

    /** A cell as Spegel wrote it, without the ' that CsvCells puts before a formula-like text. */
    private static String text(CSVRecord r, String column) {
        String value = r.get(column);
        return value.startsWith("'") ? value.substring(1) : value;
    }

    private static String readable(String key) {
        return key.replace('\u0000', '/');
    }

    private static void example(List<String> examples, String line) {
        if (examples.size() < EXAMPLES) {
            examples.add(line);
        }
    }
}
