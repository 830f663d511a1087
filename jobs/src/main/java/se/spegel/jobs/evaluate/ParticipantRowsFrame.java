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
 * trimmed identity. What the aggregation groups by ({@link #keyColumns}) is every column the
 * rules read except person_id, of which only its blankness matters, and weight, of which only
 * its validity matters when it is a plain positive number: then its exact sum (in millionths,
 * as {@link MarginalCounts} keeps it) is what the cells need, not its text.
 */
final class ParticipantRowsFrame {
    static final String LINE = "_spegel_line";
    static final String PID = "_spegel_pid";
    static final String PERSON = "_spegel_person";
    static final String WEIGHT_MILLIONTHS = "_spegel_weight";
    /** What stands for a plain positive weight, and for a non-blank person_id, among the grouped cells. */
    static final String PLAIN = "1";
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
        sources.forEach(s -> s.headerByColumn().keySet().stream().filter(c -> !columns.contains(c))
                .forEach(columns::add));
        Dataset<Row> all = null;
        for (int i = 0; i < sources.size(); i++) {
            SparkParticipants source = sources.get(i);
            Dataset<Row> read = source.isParquet() ? parquet(spark, source) : numbered(spark, source.read(spark));
            Column line = source.isParquet() ? parquetLine(source) : col(RAW_LINE);
            List<Column> selected = new ArrayList<>();
            for (String column : columns) {
                String header = source.headerByColumn().get(column);
                selected.add((header == null ? lit("") : coalesce(read.col(quoted(header)).cast("string"), lit("")))
                        .as(column));
            }
            selected.add(line.cast("long").plus(lit(i * SOURCE_STRIDE)).as(LINE));
            selected.add(lit(i).as(SOURCE));
            Dataset<Row> shaped = read.select(selected.toArray(Column[]::new));
            all = all == null ? shaped : all.union(shaped);
        }
        all = all.withColumn(PID, functions.trim(col(Columns.PROCESS_ID), WHITESPACE))
                .withColumn(PERSON, functions.trim(col(Columns.PERSON_ID), WHITESPACE));
        return new ParticipantRowsFrame(List.copyOf(columns), all);
    }

    private static Dataset<Row> parquet(SparkSession spark, SparkParticipants source) {
        return spark.read().option("mergeSchema", source.parts().size() > 1)
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
            line = line.plus(functions.element_at(functions.map(offsets.toArray(Column[]::new)),
                    col("_metadata.file_name")));
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
        return rows.filter(col(PID).notEqual("").and(col(PERSON).notEqual(""))
                .and(col(PID).isin(processIds.toArray())));
    }

    /**
     * The columns grouped by: {@link #columns} (person_id and weight as {@link #grouped} shapes
     * them), then the source, so that each source's rows are counted apart.
     */
    List<String> keyColumns() {
        List<String> keys = new ArrayList<>(columns);
        keys.add(SOURCE);
        return keys;
    }

    /** The rows with person_id and weight as the aggregation groups them, plus each row's weight in millionths. */
    Dataset<Row> grouped() {
        Dataset<Row> keyed = rows;
        if (columns.contains(Columns.PERSON_ID)) {
            keyed = keyed.withColumn(Columns.PERSON_ID, when(col(PERSON).equalTo(""), lit("")).otherwise(lit(PLAIN)));
        }
        if (columns.contains(Columns.WEIGHT)) {
            Column text = col(Columns.WEIGHT);
            Column value = text.cast("double");
            Column plain = text.rlike(PLAIN_NUMBER).and(value.gt(0)).and(value.leq(Double.MAX_VALUE));
            keyed = keyed.withColumn(WEIGHT_MILLIONTHS,
                            when(plain, functions.round(value.multiply(MarginalCounts.WEIGHT_SCALE), 0).cast("long")))
                    .withColumn(Columns.WEIGHT, when(plain, lit(PLAIN)).otherwise(text));
        } else {
            keyed = keyed.withColumn(WEIGHT_MILLIONTHS, lit(null).cast("long"));
        }
        return keyed;
    }
}
