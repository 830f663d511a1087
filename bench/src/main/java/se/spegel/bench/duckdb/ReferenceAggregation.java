package se.spegel.bench.duckdb;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import se.spegel.bench.duckdb.ComparedDimensions.Dimension;
import se.spegel.bench.duckdb.ComparedDimensions.PopulationTable;
import se.spegel.bench.generate.Vocabulary;
import se.spegel.schema.Method;
import se.spegel.schema.config.SpegelConfig;

/**
 * Spegel's core aggregation written independently in DuckDB SQL, on the same files: the
 * participants in scope (eligible age, living in the target area) counted per process ×
 * cumulative stage × dimension × category, with the population count and share of each
 * category over the process's target area and compared ages. Only conf's lists (stages per
 * method, age bands) are taken from Spegel; spellings come from the generator's vocabulary.
 *
 * <p>Rules, as in DESIGN.md and data-schema/README.md: a participant counts in the stage
 * reached and every earlier one (blank stage = the last); a known age outside min_age..max_age,
 * or a residence known but outside the target, puts the participant out of scope; a
 * dimension's ages are the table's age universe (open when it reaches 0 or 100) cut to the
 * eligible ages, and a participant of unknown age is outside a restricted universe; missing
 * answers are not counted; district = the area just below the target on the residence's path.
 * Population tables are assumed to hold one area level (the generator writes DeSO only).
 */
final class ReferenceAggregation {
    private final Connection db;
    private final Path data;
    private final SpegelConfig config;

    ReferenceAggregation(Connection db, Path data, SpegelConfig config) {
        this.db = db;
        this.data = data;
        this.config = config;
    }

    List<Cell> run() throws SQLException {
        try (Statement sql = db.createStatement()) {
            prepare(sql);
            List<Cell> cells = new ArrayList<>();
            try (ResultSet rs = sql.executeQuery(cellsQuery())) {
                while (rs.next()) {
                    long pop = rs.getLong(6);
                    Long popCount = rs.wasNull() ? null : pop;
                    double share = rs.getDouble(7);
                    Double popShare = rs.wasNull() ? null : share;
                    cells.add(new Cell(
                            rs.getString(1),
                            rs.getString(2),
                            rs.getString(3),
                            rs.getString(4),
                            rs.getLong(5),
                            popCount,
                            popShare));
                }
            }
            return cells;
        }
    }

    /** Every statement run, the query last: for reading and for running by hand. */
    String sql() {
        return String.join(";\n\n", setup()) + ";\n\n" + cellsQuery() + ";\n";
    }

    /** DuckDB's plan of the query with the time and rows of each operator, for tuning. */
    String explain() throws SQLException {
        try (Statement sql = db.createStatement()) {
            prepare(sql);
            StringBuilder plan = new StringBuilder();
            try (ResultSet rs = sql.executeQuery("EXPLAIN ANALYZE " + cellsQuery())) {
                while (rs.next()) {
                    plan.append(rs.getString(2)).append('\n');
                }
            }
            return plan.toString();
        }
    }

    /** The small tables the query reads: processes and their stages, the area hierarchy, universes. */
    private void prepare(Statement sql) throws SQLException {
        for (String statement : setup()) {
            sql.execute(statement);
        }
    }

    private List<String> setup() {
        List<String> s = new ArrayList<>();
        s.add("CREATE TEMP TABLE method_stages AS SELECT * FROM (VALUES "
                + Arrays.stream(Method.values())
                        .map(m -> "(" + text(m.code()) + ", " + list(config.stagesOf(m)) + ")")
                        .collect(Collectors.joining(", "))
                + ") t(method, stage_list)");
        s.add(
                "CREATE TEMP TABLE procs AS SELECT p.process_id, p.method, p.area_code, CAST(p.period AS INTEGER) AS period, "
                        + "CAST(nullif(p.min_age, '') AS INTEGER) AS min_age, CAST(nullif(p.max_age, '') AS INTEGER) AS max_age, "
                        + "coalesce(string_split(nullif(p.stages, ''), '>'), m.stage_list) AS stage_list "
                        + "FROM read_csv(" + file("processes.csv") + ", header = true, all_varchar = true) p "
                        + "JOIN method_stages m ON m.method = p.method");
        s.add("CREATE TEMP TABLE stages AS SELECT process_id, unnest(stage_list) AS stage, "
                + "unnest(range(len(stage_list))) AS stage_index FROM procs");
        s.add("CREATE TEMP TABLE areas AS SELECT area_code, nullif(parent_code, '') AS parent_code " + "FROM read_csv("
                + file("areas.csv") + ", header = true, all_varchar = true)");
        // every (area, ancestor-or-self, the area just below that ancestor on the path)
        s.add("CREATE TEMP TABLE chain AS WITH RECURSIVE c(area_code, ancestor, below) AS ("
                + "SELECT area_code, area_code, CAST(NULL AS VARCHAR) FROM areas UNION ALL "
                + "SELECT c.area_code, a.parent_code, c.ancestor FROM c JOIN areas a ON a.area_code = c.ancestor "
                + "WHERE a.parent_code IS NOT NULL) SELECT * FROM c");
        for (PopulationTable t : PopulationTable.values()) {
            s.add("CREATE TEMP VIEW " + t.sqlName() + " AS SELECT * FROM read_parquet(" + file(t.file) + ")");
        }
        s.add("CREATE TEMP TABLE universes AS SELECT p.process_id"
                + Arrays.stream(PopulationTable.values())
                        .map(ReferenceAggregation::universeColumns)
                        .collect(Collectors.joining())
                + " FROM procs p, "
                + Arrays.stream(PopulationTable.values())
                        .map(t -> "(SELECT min(age) AS lo, max(age) AS hi FROM " + t.sqlName() + ") " + alias(t))
                        .collect(Collectors.joining(", ")));
        return s;
    }

    /** The table's ages, open at 0 and at 100 (SCB's 100+), cut to the process's eligible ages. */
    private static String universeColumns(PopulationTable t) {
        String a = alias(t);
        return ", CASE WHEN " + a + ".lo <= 0 THEN p.min_age ELSE greatest(" + a + ".lo, coalesce(p.min_age, " + a
                + ".lo)) END AS "
                + a + "_low, CASE WHEN " + a + ".hi >= 100 THEN p.max_age ELSE least(" + a + ".hi, coalesce(p.max_age, "
                + a
                + ".hi)) END AS " + a + "_high";
    }

    private String cellsQuery() {
        return "WITH scoped AS (" + scopedParticipants() + "), "
                + "categories AS (SELECT s.process_id, s.stage_index" + categoryColumns() + " FROM scoped s "
                + "JOIN universes u ON u.process_id = s.process_id), "
                + "reached AS (SELECT * FROM (" + reachedByDimension() + ") WHERE category IS NOT NULL), "
                + "cumulative AS (SELECT r.process_id, st.stage, r.dimension, r.category, CAST(sum(r.n) AS BIGINT) AS n FROM reached r "
                + "JOIN stages st ON st.process_id = r.process_id AND st.stage_index <= r.stage_index GROUP BY ALL), "
                + populationByTarget()
                + "pop AS ("
                + ComparedDimensions.ALL.stream().map(this::populationCounts).collect(Collectors.joining(" UNION ALL "))
                + "), "
                + "pop_shares AS (SELECT s.*, st.stage FROM (SELECT pop.*, CAST(pop_count AS DOUBLE) / sum(pop_count) "
                + "OVER (PARTITION BY process_id, dimension) AS pop_share FROM pop) s JOIN stages st ON st.process_id = s.process_id) "
                + "SELECT coalesce(c.process_id, p.process_id), coalesce(c.stage, p.stage), coalesce(c.dimension, p.dimension), "
                + "coalesce(c.category, p.category), coalesce(c.n, 0), p.pop_count, p.pop_share "
                + "FROM cumulative c FULL OUTER JOIN pop_shares p ON c.process_id = p.process_id AND c.stage = p.stage "
                + "AND c.dimension = p.dimension AND c.category = p.category";
    }

    /** One column per compared dimension: c0, c1, … in the order of ComparedDimensions.ALL. */
    private static String categoryColumns() {
        StringBuilder sql = new StringBuilder();
        for (int i = 0; i < ComparedDimensions.ALL.size(); i++) {
            sql.append(", ")
                    .append(participantCategory(ComparedDimensions.ALL.get(i)))
                    .append(" AS c")
                    .append(i);
        }
        return sql.toString();
    }

    /**
     * Participants per process × reached stage × dimension × category in one pass: a grouping
     * set per dimension, each row then named by the one category column it was grouped by.
     */
    private static String reachedByDimension() {
        List<Dimension> all = ComparedDimensions.ALL;
        StringBuilder dimension = new StringBuilder("CASE");
        StringBuilder category = new StringBuilder("CASE");
        StringBuilder sets = new StringBuilder();
        for (int i = 0; i < all.size(); i++) {
            dimension
                    .append(" WHEN grouping(c")
                    .append(i)
                    .append(") = 0 THEN ")
                    .append(text(all.get(i).key()));
            category.append(" WHEN grouping(c").append(i).append(") = 0 THEN c").append(i);
            sets.append(i == 0 ? "" : ", ")
                    .append("(process_id, stage_index, c")
                    .append(i)
                    .append(')');
        }
        return "SELECT process_id, stage_index, " + dimension + " END AS dimension, " + category + " END AS category, "
                + "count(*) AS n FROM categories GROUP BY GROUPING SETS (" + sets + ")";
    }

    /** Participants in scope, with their reached stage and canonical answers. */
    private String scopedParticipants() {
        return "SELECT p.process_id, reached.stage_index, p.age, " + ageBand("p.age")
                + " AS age_band, w.below AS district, "
                + mapped("gender", "p") + ", " + mapped("education", "p") + ", " + mapped("origin", "p")
                + " FROM read_parquet(" + file("participants/*.parquet") + ") p "
                + "JOIN procs pr ON pr.process_id = p.process_id "
                + "JOIN stages reached ON reached.process_id = p.process_id "
                + "AND reached.stage = coalesce(nullif(lower(trim(p.stage)), ''), pr.stage_list[len(pr.stage_list)]) "
                + "LEFT JOIN chain w ON w.ancestor = pr.area_code AND w.area_code = p.area_code "
                + "WHERE NOT coalesce(p.age < pr.min_age OR p.age > pr.max_age, false) "
                + "AND NOT (p.area_code IS NOT NULL AND w.area_code IS NULL)";
    }

    /** The category of a participant, or null when the answer is missing or the age outside the universe. */
    private static String participantCategory(Dimension d) {
        String a = alias(d.table());
        String low = "u." + a + "_low";
        String high = "u." + a + "_high";
        String inUniverse = "((" + low + " IS NULL AND " + high + " IS NULL) OR (s.age IS NOT NULL AND (" + low
                + " IS NULL OR s.age >= " + low + ") AND (" + high + " IS NULL OR s.age <= " + high + ")))";
        return "CASE WHEN " + inUniverse + " THEN " + concat(d, "s") + " END";
    }

    /**
     * Population per process × category of one dimension, over the target area and compared
     * ages. Processes of one target area mostly share their compared ages, so the counts are
     * summed once per (target, compared ages) and then handed to each such process.
     */
    private String populationCounts(Dimension d) {
        String a = alias(d.table());
        String source = d.parts().contains("district")
                ? "district_by_target"
                : d.table().sqlName() + "_by_target";
        String byUniverse =
                "SELECT k.target, k.period, k.low, k.high, " + concat(d, "x").replace("x.age_band", ageBand("x.age"))
                        + " AS category, CAST(sum(x.cnt) AS BIGINT) AS pop_count FROM " + source + " x "
                        + "JOIN (SELECT DISTINCT pr.area_code AS target, pr.period, u." + a + "_low AS low, u." + a
                        + "_high AS high "
                        + "FROM procs pr JOIN universes u ON u.process_id = pr.process_id) k ON k.target = x.target AND k.period = x.period "
                        + "WHERE (k.low IS NULL OR x.age >= k.low) AND (k.high IS NULL OR x.age <= k.high) GROUP BY ALL";
        return "SELECT pr.process_id, " + text(d.key()) + " AS dimension, g.category, g.pop_count FROM (" + byUniverse
                + ") g "
                + "JOIN procs pr ON pr.area_code = g.target AND pr.period = g.period "
                + "JOIN universes u ON u.process_id = pr.process_id AND u." + a + "_low IS NOT DISTINCT FROM g.low "
                + "AND u." + a + "_high IS NOT DISTINCT FROM g.high WHERE g.category IS NOT NULL";
    }

    /**
     * A population table summed once per process target area, age and category (or, for the
     * district dimension, district below the target and age), so that each dimension reads a
     * small table instead of the whole grid.
     */
    private static String populationByTarget(String name, PopulationTable table, String column) {
        return name + " AS MATERIALIZED (SELECT w.ancestor AS target, t.period, t.age, " + column
                + ", CAST(sum(t.count) AS BIGINT) AS cnt FROM " + table.sqlName() + " t "
                + "JOIN chain w ON w.area_code = t.area_code WHERE w.ancestor IN (SELECT area_code FROM procs) GROUP BY ALL), ";
    }

    private static String populationByTarget() {
        StringBuilder sql = new StringBuilder();
        for (PopulationTable t : PopulationTable.values()) {
            sql.append(populationByTarget(t.sqlName() + "_by_target", t, mapped(t.column, "t")));
        }
        PopulationTable districts = ComparedDimensions.ALL.stream()
                .filter(d -> d.parts().contains("district"))
                .findFirst()
                .orElseThrow()
                .table();
        return sql.append(populationByTarget("district_by_target", districts, "w.below AS district"))
                .toString();
    }

    /** The parts joined with '×'; null when any part is null (SQL's || does that). */
    private static String concat(Dimension d, String row) {
        return d.parts().stream()
                .map(p -> row + "." + (p.equals("age") ? "age_band" : p))
                .collect(Collectors.joining(" || '" + ComparedDimensions.INTERSECTION + "' || "));
    }

    /** A column's answer as canonical code: null when missing, the generator's code for its spelling. */
    private static String mapped(String column, String row) {
        StringBuilder sql = new StringBuilder("CASE lower(trim(" + row + "." + column + "))");
        for (String[] spelling : Vocabulary.canonicalSpellings()) {
            if (spelling[0].equals(column)) {
                sql.append(" WHEN ").append(text(spelling[1])).append(" THEN ").append(text(spelling[2]));
            }
        }
        return sql.append(" ELSE trim(")
                .append(row)
                .append('.')
                .append(column)
                .append(") END AS ")
                .append(column)
                .toString();
    }

    /** conf's age band holding the age; null for an unknown age. */
    private String ageBand(String age) {
        return config.ageBands().bands().stream()
                .map(b -> " WHEN " + age + " BETWEEN " + b.low() + " AND " + Math.min(b.high(), 1000) + " THEN "
                        + text(b.code()))
                .collect(Collectors.joining("", "CASE", " END"));
    }

    private static String alias(PopulationTable t) {
        return "u_" + t.name().toLowerCase(Locale.ROOT);
    }

    private String file(String name) {
        return text(data.resolve(name).toString());
    }

    private static String list(List<String> values) {
        return values.stream().map(ReferenceAggregation::text).collect(Collectors.joining(", ", "[", "]"));
    }

    private static String text(String value) {
        return value == null ? "NULL" : "'" + value.replace("'", "''") + "'";
    }
}
