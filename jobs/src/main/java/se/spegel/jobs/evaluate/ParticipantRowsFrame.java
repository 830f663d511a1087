package se.spegel.jobs.evaluate;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.when;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import se.spegel.schema.Columns;

/**
 * The participants as Spark reads them, shaped for the rules: every known column cast to the
 * text the rules parse (Spark's own {@code CAST(… AS STRING)}: decimals by their value, dates as
 * ISO dates, integers of any width; null as blank), the row number messages give, and the
 * trimmed identity, and each row's weight in millionths where it is a plain positive number
 * ({@link #weighed}): its exact sum is what the cells need, not its text.
 */
final class ParticipantRowsFrame {
    static final String LINE = "_spegel_line";
    static final String PID = "_spegel_pid";
    static final String PERSON = "_spegel_person";
    static final String WEIGHT_MILLIONTHS = "_spegel_weight";
    static final String WEIGHT_TEXT = "_spegel_weight_text";
    /**
     * The characters Java's {@code String.strip} removes ({@link Character#isWhitespace}), for
     * Spark's {@code trim}: the rules compare trimmed cells, and so must the duplicate check.
     */
    private static final String WHITESPACE = "\t\n\u000B\f\r\u001C\u001D\u001E\u001F \u1680\u2000\u2001\u2002"
            + "\u2003\u2004\u2005\u2006\u2008\u2009\u200A\u2028\u2029\u205F\u3000";
    /** A weight Java and Spark parse to the same double: digits, a point, an exponent; nothing else. */
    private static final String PLAIN_NUMBER = "^[0-9]+(\\.[0-9]+)?([eE][-+]?[0-9]+)?$";

    static final String SOURCE = "_spegel_source";
    /** Rows per source at most: a row's ordinal is its source's number times this plus its row number. */
    static final long SOURCE_STRIDE = 1L << 40;

    private static final String RAW_LINE = "_spegel_raw_line";

    private final List<String> columns;
    private final Dataset<Row> rows;

    private ParticipantRowsFrame(List<String> columns, Dataset<Row> rows) {
        this.columns = columns;
        this.rows = rows;
    }

    /**
     * The rows of every source, one table: each row's {@link #LINE} is its ordinal (its source's
     * number times {@link #SOURCE_STRIDE} plus its row number), so that "first" means first in
     * the order the sources were given, then in file order.
     */
    static ParticipantRowsFrame of(SparkSession spark, List<SparkParticipants> sources) {
        List<String> columns = new ArrayList<>();
        sources.forEach(s -> s.headerByColumn().keySet().stream()
                .filter(c -> !columns.contains(c))
                .forEach(columns::add));
        Dataset<Row> all = null;
        for (int i = 0; i < sources.size(); i++) {
            SparkParticipants source = sources.get(i);
            Dataset<Row> read = source.isParquet() ? parquet(spark, source) : numbered(spark, source.read(spark));
            Column line = source.isParquet() ? parquetLine(source) : col(RAW_LINE);
            List<Column> selected = new ArrayList<>();
            for (String column : columns) {
                String header = source.headerByColumn().get(column);
                selected.add((header == null
                                ? lit("")
                                : coalesce(read.col(quoted(header)).cast("string"), lit("")))
                        .as(column));
            }
            selected.add(line.cast("long").plus(lit(i * SOURCE_STRIDE)).as(LINE));
            selected.add(lit(i).as(SOURCE));
            Dataset<Row> shaped = read.select(selected.toArray(Column[]::new));
            all = all == null ? shaped : all.union(shaped);
        }
        all = all.withColumn(PID, stripped(col(Columns.PROCESS_ID)))
                .withColumn(PERSON, stripped(col(Columns.PERSON_ID)));
        return new ParticipantRowsFrame(List.copyOf(columns), all);
    }

    /**
     * The text with {@link #WHITESPACE} stripped from both ends, trimmed only where its first or
     * last character is white space: Spark's {@code trim} with a character set searches the set
     * for every character it looks at and copies the text, and most identifiers need nothing.
     */
    static Column stripped(Column text) {
        Object[] spaces =
                WHITESPACE.chars().mapToObj(c -> String.valueOf((char) c)).toArray();
        Column edge = functions
                .substring(text, 1, 1)
                .isin(spaces)
                .or(functions.substring(text, -1, 1).isin(spaces));
        return when(edge, functions.trim(text, WHITESPACE)).otherwise(text);
    }

    private static Dataset<Row> parquet(SparkSession spark, SparkParticipants source) {
        return spark.read()
                .option("mergeSchema", source.parts().size() > 1)
                .parquet(source.parts().toArray(String[]::new));
    }

    /** The row number within a Parquet file or folder: the part's row index after the parts before it. */
    private static Column parquetLine(SparkParticipants source) {
        Column line = col("_metadata.row_index").plus(1);
        if (source.parts().size() > 1) {
            List<Column> offsets = new ArrayList<>();
            source.rowsBefore().forEach((name, before) -> {
                offsets.add(lit(name));
                offsets.add(lit(before));
            });
            line = line.plus(
                    functions.element_at(functions.map(offsets.toArray(Column[]::new)), col("_metadata.file_name")));
        }
        return line;
    }

    /** Rows of a source without row numbers of its own, numbered in the order Spark reads them. */
    private static Dataset<Row> numbered(SparkSession spark, Dataset<Row> read) {
        StructType schema = read.schema().add(RAW_LINE, DataTypes.LongType, false);
        int width = read.schema().size();
        JavaRDD<Row> rows = read.javaRDD().zipWithIndex().map(indexed -> {
            Object[] values = new Object[width + 1];
            for (int i = 0; i < width; i++) {
                values[i] = indexed._1().get(i);
            }
            values[width] = indexed._2() + 1;
            return RowFactory.create(values);
        });
        return spark.createDataFrame(rows, schema);
    }

    private static String quoted(String header) {
        return "`" + header.replace("`", "``") + "`";
    }

    /** The canonical columns present, in file order. */
    List<String> columns() {
        return columns;
    }

    Dataset<Row> rows() {
        return rows;
    }

    /** Rows that name a process of the processes file and a person: the only ones that can be duplicates. */
    Dataset<Row> identified(Set<String> processIds) {
        return rows.filter(
                col(PID).notEqual("").and(col(PERSON).notEqual("")).and(col(PID).isin(processIds.toArray())));
    }

    /** A column of the participants as the rules read it: "" in every row when the sources have no such column. */
    Column cell(String column) {
        return columns.contains(column) ? col(column) : lit("");
    }

    /**
     * The rows with each row's weight: {@link #WEIGHT_MILLIONTHS} when its cell is a plain
     * positive number (the common case, computed here), otherwise its text in
     * {@link #WEIGHT_TEXT} for the rules to judge (blank when the sources have no weight).
     */
    Dataset<Row> weighed() {
        Column text = cell(Columns.WEIGHT);
        // cast only what looks like a number, and never past a long: Spark 4's ANSI mode (its default)
        // fails the query on a cast that Spark 3.5 turns into null or saturates; so both give the same
        Column value = when(text.rlike(PLAIN_NUMBER), text.cast("double"));
        Column plain = value.isNotNull().and(value.gt(0)).and(value.leq(Double.MAX_VALUE));
        Column scaled = functions.round(value.multiply(MarginalCounts.WEIGHT_SCALE), 0);
        return rows.withColumn(
                        WEIGHT_MILLIONTHS,
                        when(
                                plain,
                                when(scaled.geq((double) Long.MAX_VALUE), lit(Long.MAX_VALUE))
                                        .otherwise(scaled.cast("long"))))
                .withColumn(WEIGHT_TEXT, when(plain, lit(null).cast("string")).otherwise(text));
    }
}
