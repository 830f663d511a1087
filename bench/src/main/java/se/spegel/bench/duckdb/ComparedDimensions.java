package se.spegel.bench.duckdb;

import java.util.List;

/**
 * The dimensions Spegel compares on the generated inputs, each with the population table its
 * shares come from: Spegel's ComparisonPlan picks, for every dimension, the covering table with
 * the widest age universe, the first given on a tie (age × gender, as bench/run.sh passes it
 * first), and adds the pairs each table holds (age×gender, age×education, age×origin).
 */
final class ComparedDimensions {
    static final String INTERSECTION = "×";

    /** A population table: its file in the data set and its column besides age and area. */
    enum PopulationTable {
        AGE_GENDER("population_age_gender.parquet", "gender"),
        EDUCATION("population_education.parquet", "education"),
        ORIGIN("population_origin.parquet", "origin");

        final String file;
        final String column;

        PopulationTable(String file, String column) {
            this.file = file;
            this.column = column;
        }

        String sqlName() {
            return "pop_" + name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    record Dimension(String key, List<String> parts, PopulationTable table) {
        static Dimension of(PopulationTable table, String... parts) {
            return new Dimension(String.join(INTERSECTION, parts), List.of(parts), table);
        }
    }

    static final List<Dimension> ALL = List.of(
            Dimension.of(PopulationTable.AGE_GENDER, "age"),
            Dimension.of(PopulationTable.AGE_GENDER, "gender"),
            Dimension.of(PopulationTable.EDUCATION, "education"),
            Dimension.of(PopulationTable.ORIGIN, "origin"),
            Dimension.of(PopulationTable.AGE_GENDER, "district"),
            Dimension.of(PopulationTable.AGE_GENDER, "age", "gender"),
            Dimension.of(PopulationTable.EDUCATION, "age", "education"),
            Dimension.of(PopulationTable.ORIGIN, "age", "origin"));

    private ComparedDimensions() {}
}
