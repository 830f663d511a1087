package se.spegel.bench.duckdb;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import se.spegel.bench.generate.Options;
import se.spegel.schema.config.SpegelConfig;

/**
 * Runs the reference aggregation in DuckDB (in this JVM, through JDBC) on a generated data
 * set, times it, and checks it against Spegel's category_gaps.csv when one is given.
 * Usage: CompareMain --data DIR [--spegel-metrics DIR] [--result FILE] [--threads N] [--explain true] [--print-sql true]
 * The result file gets key=value lines for bench/run.sh; the summary goes to stdout.
 */
public final class CompareMain {
    public static void main(String[] args) throws Exception {
        Map<String, String> options = Options.parse(args);
        Path data = Path.of(Options.required(options, "data"));
        long start = System.nanoTime();
        List<Cell> cells;
        String version;
        try (Connection db = DriverManager.getConnection("jdbc:duckdb:")) {
            try (Statement s = db.createStatement();
                    java.sql.ResultSet rs = s.executeQuery("SELECT version()")) {
                rs.next();
                version = rs.getString(1);
            }
            if (options.containsKey("threads")) {
                try (Statement s = db.createStatement()) {
                    s.execute("SET threads = " + Integer.parseInt(options.get("threads")));
                }
            }
            ReferenceAggregation aggregation = new ReferenceAggregation(db, data, SpegelConfig.defaults());
            if (options.containsKey("print-sql")) {
                System.out.println(aggregation.sql());
                return;
            }
            if (options.containsKey("explain")) {
                System.out.println(aggregation.explain());
                return;
            }
            cells = aggregation.run();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        List<String> result = new ArrayList<>();
        result.add(String.format("duckdb_query_s=%.2f", seconds));
        result.add("duckdb_cells=" + cells.size());
        System.out.printf(
                "  DuckDB %s: %d category cells in %.2f s (connect + query + fetch)%n", version, cells.size(), seconds);
        if (options.containsKey("spegel-metrics")) {
            Path csv = Path.of(options.get("spegel-metrics")).resolve("category_gaps.csv");
            Agreement.Result agreement = Agreement.check(cells, csv);
            System.out.println("  " + agreement.summary());
            agreement.examples().forEach(e -> System.out.println("    " + e));
            result.add("agreement=" + agreement.summary());
            result.add("agree=" + agreement.agrees());
        }
        if (options.containsKey("result")) {
            Files.writeString(Path.of(options.get("result")), String.join("\n", result) + "\n", StandardCharsets.UTF_8);
        }
    }
}
