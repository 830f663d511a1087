package se.spegel.jobs.evaluate;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.when;

import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import se.spegel.jobs.disclosure.RecordKey;
import se.spegel.jobs.evaluate.ParticipantFactors.Factor;
import se.spegel.schema.Columns;

/**
 * The Spark SQL side of {@link ParticipantFactors}: the distinct values of every factor in
 * one scan, their verdicts joined back to every row as small codes (broadcast joins), and the
 * accepted rows counted per cell in one {@code groupBy}: each row expands to one entry per
 * compared dimension (its process, stage, status, the dimension, the dimension's age outcome
 * and the codes of its other parts), plus its stage total and one entry for the tallies
 * (answers, residence, rejected cells), so the aggregation's result is the cell table itself.
 */
final class ParticipantCodes {
    static final String REJECT = "_c_reject";
    static final String AGE_ERROR = "_c_age_error";
    static final String WEIGHT_ERROR = "_c_weight_error";
    static final String BEFORE_AGE = "_c_reject_before_age";
    /** The kind of an expanded entry: a dimension's index, or one of these. */
    static final int TOTAL = -1;

    static final int TALLY = -2;
    /** The kind of a rejected row's only entry (by source): counted, so the rows are fetched only when there are some. */
    static final int REJECTED = -3;

    static final List<String> STATUSES =
            List.of(Marginal.IN_SCOPE, Marginal.OUTSIDE_AREA, Marginal.OUTSIDE_ELIGIBILITY);

    private static final String PROCESS = "_c_process";
    private static final String PROCESS_REJECT = "_c_process_reject";
    private static final String STAGE = "_c_stage";
    private static final String STAGE_REJECT = "_c_stage_reject";
    private static final String AGE_CLASS = "_c_age";
    private static final String AGE_REJECT = "_c_age_reject";
    private static final String INELIGIBLE = "_c_ineligible";
    private static final String DISTRICT = "_c_district";
    private static final String OUTSIDE = "_c_outside";
    private static final String RESIDENCE = "_c_residence";
    private static final String AREA_REJECTED = "_c_area_rejected";
    private static final String WEIGHT = "_c_weight";
    private static final String WEIGHT_REJECT = "_c_weight_reject";
    /** A row's weight in millionths, whether plain or judged. */
    private static final String WEIGHED = "_c_weighed";

    static final String HEADS = "_c_heads";
    static final String WEIGHT_SUM = "_c_weight_sum";
    static final String KEY_SUM = "_c_key_sum";

    private ParticipantCodes() {}

    /** The cells each factor reads, as Spark columns of the frame (up to four; "" where a factor reads fewer). */
    private static List<Column> cells(ParticipantRowsFrame frame, Factor factor, String answerColumn) {
        return switch (factor) {
            case STAGE -> List.of(col(ParticipantRowsFrame.PID), frame.cell(Columns.STAGE));
            case AGE ->
                List.of(
                        col(ParticipantRowsFrame.PID),
                        frame.cell(Columns.AGE),
                        frame.cell(Columns.BIRTH_YEAR),
                        frame.cell(Columns.AGE_BAND));
            case AREA -> List.of(col(ParticipantRowsFrame.PID), frame.cell(Columns.AREA_CODE));
            case WEIGHT -> List.of(col(ParticipantRowsFrame.WEIGHT_TEXT));
            case ANSWER -> List.of(frame.cell(answerColumn));
        };
    }

    /** Every factor's distinct values, judged: one scan of the rows, a small result. */
    static void judgeDistinct(ParticipantRowsFrame frame, Dataset<Row> rows, ParticipantFactors factors) {
        List<Column> entries = new ArrayList<>();
        for (Factor factor : Factor.values()) {
            int columns = factor == Factor.ANSWER ? factors.answerColumns().size() : 1;
            for (int j = 0; j < columns; j++) {
                List<Column> fields = new ArrayList<>();
                fields.add(lit(factor.ordinal()).as("f"));
                fields.add(lit(j).as("j"));
                List<Column> cells = cells(
                        frame,
                        factor,
                        factor == Factor.ANSWER ? factors.answerColumns().get(j) : null);
                for (int i = 0; i < 4; i++) {
                    fields.add((i < cells.size() ? cells.get(i) : lit("")).as("c" + i));
                }
                entries.add(struct(fields.toArray(Column[]::new)));
            }
        }
        List<Row> distinct = rows.select(functions
                        .explode(functions.array(entries.toArray(Column[]::new)))
                        .as("e"))
                .select("e.*")
                .where(col("c0").isNotNull())
                .distinct()
                .collectAsList();
        for (Row value : distinct) {
            Factor factor = Factor.values()[value.getInt(0)];
            int width =
                    cells(frame, factor, factor == Factor.ANSWER ? "" : null).size();
            List<String> cells = new ArrayList<>();
            for (int i = 0; i < width; i++) {
                cells.add(value.getString(2 + i));
            }
            factors.judge(new ParticipantFactors.Value(factor, value.getInt(1), cells));
        }
    }

    /**
     * The rows with every factor's codes joined, the weight in millionths, and {@link #REJECT}: the
     * first reason in the rules' order (process, person, stage, age, weight), null when accepted.
     */
    static Dataset<Row> coded(
            SparkSession spark,
            ParticipantRowsFrame frame,
            Dataset<Row> rows,
            ParticipantFactors factors,
            int dimensions,
            String knownProcess) {
        Dataset<Row> coded = join(
                spark,
                rows,
                cells(frame, Factor.STAGE, null),
                factors.table(Factor.STAGE),
                List.of(PROCESS, PROCESS_REJECT, STAGE, STAGE_REJECT),
                ints(4),
                codes -> codes);
        // an age class's eligibility and its outcome in every dimension travel with its code
        List<String> ageNames = new ArrayList<>(List.of(AGE_CLASS, AGE_REJECT, AGE_ERROR, INELIGIBLE));
        List<DataType> ageTypes = new ArrayList<>(ints(3));
        ageTypes.add(DataTypes.BooleanType);
        List<List<Integer>> outcomes = new ArrayList<>();
        for (int d = 0; d < dimensions; d++) {
            ageNames.add(outcome(d));
            ageTypes.add(DataTypes.IntegerType);
            outcomes.add(factors.ageOutcomes(d));
        }
        List<Boolean> ineligible = factors.ineligible();
        coded = join(
                spark, coded, cells(frame, Factor.AGE, null), factors.table(Factor.AGE), ageNames, ageTypes, codes -> {
                    Object[] all = java.util.Arrays.copyOf(codes, 4 + dimensions);
                    if (codes[0] != null) {
                        int ageClass = (Integer) codes[0];
                        all[3] = ineligible.get(ageClass);
                        for (int d = 0; d < dimensions; d++) {
                            all[4 + d] = outcomes.get(d).get(ageClass);
                        }
                    }
                    return all;
                });
        coded = join(
                spark,
                coded,
                cells(frame, Factor.AREA, null),
                factors.table(Factor.AREA),
                List.of(DISTRICT, OUTSIDE, RESIDENCE, AREA_REJECTED),
                List.of(DataTypes.IntegerType, DataTypes.BooleanType, DataTypes.IntegerType, DataTypes.IntegerType),
                codes -> codes);
        coded = join(
                spark,
                coded,
                cells(frame, Factor.WEIGHT, null),
                factors.table(Factor.WEIGHT),
                List.of(WEIGHT, WEIGHT_REJECT, WEIGHT_ERROR),
                List.of(DataTypes.LongType, DataTypes.IntegerType, DataTypes.IntegerType),
                codes -> codes);
        for (int j = 0; j < factors.answerColumns().size(); j++) {
            coded = join(
                    spark,
                    coded,
                    cells(frame, Factor.ANSWER, factors.answerColumns().get(j)),
                    factors.answerTable(j),
                    List.of(answer(j), answerRejected(j)),
                    ints(2),
                    codes -> codes);
        }
        Integer blankPerson = knownProcess == null ? null : factors.blankPersonReason(knownProcess);
        Column beforeAge = coalesce(
                col(PROCESS_REJECT),
                when(
                        col(ParticipantRowsFrame.PERSON).equalTo(""),
                        lit(blankPerson).cast("int")),
                col(STAGE_REJECT));
        return coded.withColumn(BEFORE_AGE, beforeAge)
                .withColumn(REJECT, coalesce(col(BEFORE_AGE), col(AGE_REJECT), col(WEIGHT_REJECT)))
                .withColumn(WEIGHED, coalesce(col(ParticipantRowsFrame.WEIGHT_MILLIONTHS), col(WEIGHT)));
    }

    /**
     * The rows a type error stops the run at: nothing rejected them before their age, and their
     * age cells, or (the age being sound) their weight cell, are not numbers.
     */
    static Column typeError() {
        return col(BEFORE_AGE)
                .isNull()
                .and(col(AGE_ERROR)
                        .isNotNull()
                        .or(col(AGE_REJECT).isNull().and(col(WEIGHT_ERROR).isNotNull())));
    }

    /**
     * The accepted rows counted per cell: every row expanded to its stage total, one entry per
     * dimension and one for the tallies, then grouped; a rejected row is one {@link #REJECTED}
     * entry of its source. Each result row is (process, stage,
     * status, kind, age outcome or source, parts…, heads, weight sum, record key sum).
     */
    static Dataset<Row> cellCounts(Dataset<Row> coded, ParticipantCategoriser categoriser, List<String> answerColumns) {
        int answers = answerColumns.size();
        int dimensions = categoriser.dimensionCount();
        int width = answers + 2;
        for (int d = 0; d < dimensions; d++) {
            width = Math.max(width, categoriser.parts(d).size());
        }
        Column process = col(PROCESS);
        Column stage = col(STAGE);
        Column status = when(col(INELIGIBLE), lit(2)).when(col(OUTSIDE), lit(1)).otherwise(lit(0));
        List<Column> entries = new ArrayList<>();
        entries.add(entry(process, stage, status, TOTAL, lit(-1), List.of(), width));
        for (int d = 0; d < dimensions; d++) {
            List<Column> parts = new ArrayList<>();
            for (String part : categoriser.parts(d)) {
                // an answer column the rules do not read is a missing answer to them
                parts.add(
                        part.equals("age") || (!part.equals("district") && !answerColumns.contains(part))
                                ? lit(-1)
                                : part.equals("district") ? col(DISTRICT) : col(answer(answerColumns.indexOf(part))));
            }
            entries.add(entry(process, stage, status, d, col(outcome(d)), parts, width));
        }
        List<Column> tally = new ArrayList<>();
        Column rejected = col(AREA_REJECTED).multiply(lit(1 << answers));
        for (int j = 0; j < answers; j++) {
            tally.add(col(answer(j)));
            rejected = rejected.plus(col(answerRejected(j)).multiply(lit(1 << j)));
        }
        tally.add(col(RESIDENCE));
        tally.add(rejected);
        entries.add(entry(lit(-1), lit(-1), lit(-1), TALLY, col(ParticipantRowsFrame.SOURCE), tally, width));
        Column key = RecordKey.column(
                categoriser.keySalt(), col(ParticipantRowsFrame.PID), col(ParticipantRowsFrame.PERSON));
        Column rejectedEntry = functions.array(
                entry(lit(-1), lit(-1), lit(-1), REJECTED, col(ParticipantRowsFrame.SOURCE), List.of(), width));
        return coded.select(
                        functions
                                .explode(when(col(REJECT).isNull(), functions.array(entries.toArray(Column[]::new)))
                                        .otherwise(rejectedEntry))
                                .as("e"),
                        col(WEIGHED).as(WEIGHT_SUM),
                        key.as(KEY_SUM))
                .groupBy(col("e"))
                .agg(
                        count(lit(1)).as(HEADS),
                        sum(WEIGHT_SUM).as(WEIGHT_SUM),
                        sum(KEY_SUM).as(KEY_SUM))
                .select(col("e.*"), col(HEADS), col(WEIGHT_SUM), col(KEY_SUM));
    }

    private static Column entry(
            Column process, Column stage, Column status, int kind, Column outcome, List<Column> parts, int width) {
        List<Column> fields = new ArrayList<>(List.of(
                process.as("p"), stage.as("s"), status.as("t"), lit(kind).as("k"), outcome.as("o")));
        for (int i = 0; i < width; i++) {
            fields.add((i < parts.size() ? parts.get(i) : lit(-1)).as("x" + i));
        }
        return struct(fields.toArray(Column[]::new));
    }

    private static List<DataType> ints(int n) {
        List<DataType> types = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            types.add(DataTypes.IntegerType);
        }
        return types;
    }

    private static String outcome(int dimension) {
        return "_c_outcome_" + dimension;
    }

    private static String answer(int column) {
        return "_c_answer_" + column;
    }

    private static String answerRejected(int column) {
        return "_c_answer_rejected_" + column;
    }

    /** Left-joins a factor's verdicts (broadcast: one row per distinct value) on the cells it read. */
    private static Dataset<Row> join(
            SparkSession spark,
            Dataset<Row> rows,
            List<Column> keys,
            ParticipantFactors.Table table,
            List<String> names,
            List<DataType> types,
            java.util.function.UnaryOperator<Object[]> extend) {
        StructType schema = new StructType();
        for (int i = 0; i < keys.size(); i++) {
            schema = schema.add("_k" + i, DataTypes.StringType);
        }
        for (int i = 0; i < names.size(); i++) {
            schema = schema.add(names.get(i), types.get(i));
        }
        List<Row> verdicts = new ArrayList<>();
        for (int r = 0; r < table.keys().size(); r++) {
            Object[] values = new Object[keys.size() + names.size()];
            List<String> cells = table.keys().get(r).cells();
            for (int i = 0; i < keys.size(); i++) {
                values[i] = cells.get(i);
            }
            Object[] codes = extend.apply(table.codes().get(r));
            System.arraycopy(codes, 0, values, keys.size(), codes.length);
            verdicts.add(RowFactory.create(values));
        }
        // an RDD, not a local relation: the optimizer walks a local relation's rows in every rule
        Dataset<Row> small = spark.createDataFrame(
                org.apache.spark.api.java.JavaSparkContext.fromSparkContext(spark.sparkContext())
                        .parallelize(verdicts, 1),
                schema);
        Column on = lit(true);
        for (int i = 0; i < keys.size(); i++) {
            on = on.and(keys.get(i).equalTo(small.col("_k" + i)));
        }
        Dataset<Row> joined = rows.join(functions.broadcast(small), on, "left");
        for (int i = 0; i < keys.size(); i++) {
            joined = joined.drop(small.col("_k" + i));
        }
        return joined;
    }
}
