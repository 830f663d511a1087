package se.spegel.bench.duckdb;

/**
 * One category row of a process × cumulative stage × dimension, as DuckDB computes it:
 * the participants in it and the population count and share (null without a counterpart).
 */
record Cell(String processId, String stage, String dimension, String category, long n, Long popCount, Double popShare) {
    String key() {
        return key(processId, stage, dimension, category);
    }

    static String key(String processId, String stage, String dimension, String category) {
        return processId + '\u0000' + stage + '\u0000' + dimension + '\u0000' + category;
    }
}
