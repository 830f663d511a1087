package se.spegel.jobs.evaluate;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.min;
import static org.apache.spark.sql.functions.sum;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import se.spegel.jobs.disclosure.RecordKey;
import se.spegel.schema.input.CsvRow;
import se.spegel.schema.input.InputException;
import se.spegel.schema.input.InputLedger;
import se.spegel.schema.input.ParticipantRules;
import se.spegel.schema.input.Reject;

/**
 * Participants read and aggregated by Spark where they lie, judged by the driver's own rules
 * once per distinct combination of cells. Three Spark SQL queries, each a scan and a small
 * result: the (process, person) pairs seen more than once (by a 64-bit hash of the trimmed pair,
 * then exactly); one {@code groupBy} over every column the rules read ({@link ParticipantRowsFrame})
 * with each combination's rows, first row number and exact weight sum; and, only when some
 * combinations were rejected, the row numbers of their rows. The driver then applies
 * {@link ParticipantRules} and {@link ParticipantCategoriser} to each combination, which yields
 * the same rejects, messages and cells as the driver-side reader row by row: a rule's verdict
 * depends only on the cells it reads, and the first row of a person stands, later ones are
 * duplicate_person whatever else they are.
 */
final class SparkParticipantScan {
    /** The cell counts and tallies of the accepted participants, and the participants file's ledger. */
    record Result(MarginalCounts counts, ParticipantTallies tallies, InputLedger ledger) {}

    private static final String ROWS = "_spegel_rows";
    private static final String FIRST = "_spegel_first";
    private static final String KEY_SUM = "_spegel_key_sum";
    private static final String COMBINATION = "_spegel_combination";

    private final SparkSession spark;

    SparkParticipantScan(SparkSession spark) {
        this.spark = spark;
    }

    Result scan(ParquetParticipants source, ParticipantRules rules, ParticipantCategoriser categoriser,
                Set<String> processIds) {
        try {
            ParticipantRowsFrame frame = ParticipantRowsFrame.parquet(spark, source);
            return judge(source.file(), frame, rules, categoriser, processIds, source.dropped());
        } catch (InputException e) {
            throw e;
        } catch (Exception e) { // Spark rethrows executors' failures as SparkException, checked but undeclared
            throw unreadable(source.file(), e);
        }
    }

    /**
     * A part whose footer is sound (so {@link ParquetParticipants#inspect} passed) but whose pages
     * the executors cannot decode is bad input, said in one line as for the driver-side reader;
     * any other failure stays an internal error.
     */
    static RuntimeException unreadable(Path file, Exception e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof java.io.IOException || cause instanceof org.apache.parquet.io.ParquetDecodingException) {
                return ParquetTable.unreadable(file, (Exception) cause);
            }
        }
        return e instanceof RuntimeException runtime ? runtime : new IllegalStateException(e);
    }

    private Result judge(Path file, ParticipantRowsFrame frame, ParticipantRules rules,
                         ParticipantCategoriser categoriser, Set<String> processIds, List<String> dropped) {
        Set<Long> duplicates = laterRowsOfRepeatedPersons(frame, processIds);
        Dataset<Row> kept = frame.grouped();
        if (!duplicates.isEmpty()) {
            Dataset<Row> lines = spark.createDataset(new ArrayList<>(duplicates), Encoders.LONG())
                    .toDF(ParticipantRowsFrame.LINE);
            kept = kept.join(functions.broadcast(lines), kept.col(ParticipantRowsFrame.LINE).equalTo(lines.col(
                    ParticipantRowsFrame.LINE)), "left_anti");
        }
        List<String> keys = frame.keyColumns();
        List<Row> combinations = kept.groupBy(keys.stream().map(functions::col).toArray(Column[]::new))
                .agg(count(lit(1)).as(ROWS), min(ParticipantRowsFrame.LINE).as(FIRST),
                        sum(ParticipantRowsFrame.WEIGHT_MILLIONTHS).as(ParticipantRowsFrame.WEIGHT_MILLIONTHS),
                        // the combination's record keys (of its trimmed process and person), for its cells' keys
                        sum(RecordKey.column(categoriser.keySalt(), col(ParticipantRowsFrame.PID),
                                col(ParticipantRowsFrame.PERSON))).as(KEY_SUM))
                .collectAsList();

        Map<String, Integer> columnIndex = new LinkedHashMap<>();
        keys.forEach(c -> columnIndex.put(c, columnIndex.size()));
        MarginalCounts counts = categoriser.newCounts();
        ParticipantTallies tallies = new ParticipantTallies(rules.dimensionColumns());
        List<Row> rejected = new ArrayList<>();
        List<Reject> rejectOf = new ArrayList<>();
        InputException firstTypeError = null;
        long rowsRead = duplicates.size();
        for (Row combination : combinations) {
            long heads = combination.getLong(keys.size());
            rowsRead += heads;
            List<String> values = new ArrayList<>(keys.size());
            for (int i = 0; i < keys.size(); i++) {
                values.add(combination.getString(i));
            }
            CsvRow row = CsvRow.of(file, combination.getLong(keys.size() + 1), columnIndex, values);
            try {
                Reject reject = rules.identityReject(row);
                ParticipantRules.Verdict verdict = reject == null ? rules.judge(row) : null;
                if (reject == null) {
                    reject = verdict.reject();
                }
                if (reject != null) {
                    rejected.add(combination);
                    rejectOf.add(reject);
                    continue;
                }
                Object weightSum = combination.get(keys.size() + 2);
                long weight = weightSum != null ? (Long) weightSum
                        : heads * MarginalCounts.weightMillionths(verdict.participant().weight());
                categoriser.count(verdict.participant(), counts, heads, weight, combination.getLong(keys.size() + 3));
                tallies.add(verdict.participant(), heads);
            } catch (InputException e) {
                if (firstTypeError == null || e.line() < firstTypeError.line()) {
                    firstTypeError = e;
                }
            }
        }
        if (firstTypeError != null) {
            throw firstTypeError;
        }
        List<Reject> rejects = rejectedRows(file, kept, keys, rejected, rejectOf);
        duplicates.forEach(line -> rejects.add(rules.duplicateReject(CsvRow.of(file, line, Map.of(), List.of()))));
        return new Result(counts, tallies, ledger(file, rowsRead, rejects, dropped));
    }

    /**
     * The row numbers of every row after the first of a (process, person) seen more than once:
     * the pairs' 64-bit hashes grouped first (a shuffle of one long per row), then the few rows
     * whose hash repeats compared exactly on the driver.
     */
    private Set<Long> laterRowsOfRepeatedPersons(ParticipantRowsFrame frame, Set<String> processIds) {
        Dataset<Row> identified = frame.identified(processIds)
                .withColumn("_spegel_hash", functions.xxhash64(col(ParticipantRowsFrame.PID),
                        col(ParticipantRowsFrame.PERSON)));
        List<Long> repeated = identified.groupBy("_spegel_hash").count().filter(col("count").gt(1))
                .select("_spegel_hash").as(Encoders.LONG()).collectAsList();
        Set<Long> later = new HashSet<>();
        if (repeated.isEmpty()) {
            return later;
        }
        List<Row> candidates = identified.filter(col("_spegel_hash").isin(repeated.toArray()))
                .select(ParticipantRowsFrame.PID, ParticipantRowsFrame.PERSON, ParticipantRowsFrame.LINE)
                .collectAsList();
        Map<String, Long> first = new HashMap<>();
        candidates.stream().sorted(Comparator.comparingLong(r -> r.getLong(2))).forEach(r -> {
            String identity = ParticipantRules.identityKey(r.getString(0), r.getString(1));
            if (first.putIfAbsent(identity, r.getLong(2)) != null) {
                later.add(r.getLong(2));
            }
        });
        return later;
    }

    /** Every row of the rejected combinations, each with its combination's reason and its own row number. */
    private List<Reject> rejectedRows(Path file, Dataset<Row> kept, List<String> keys, List<Row> rejected,
                                      List<Reject> rejectOf) {
        List<Reject> rejects = new ArrayList<>();
        if (rejected.isEmpty()) {
            return rejects;
        }
        StructType schema = new StructType();
        for (String key : keys) {
            schema = schema.add(key, DataTypes.StringType);
        }
        schema = schema.add(COMBINATION, DataTypes.IntegerType);
        List<Row> keyRows = new ArrayList<>();
        for (int i = 0; i < rejected.size(); i++) {
            Object[] values = new Object[keys.size() + 1];
            for (int k = 0; k < keys.size(); k++) {
                values[k] = rejected.get(i).getString(k);
            }
            values[keys.size()] = i;
            keyRows.add(RowFactory.create(values));
        }
        Dataset<Row> wanted = spark.createDataFrame(keyRows, schema);
        Column same = lit(true);
        for (String key : keys) {
            same = same.and(kept.col(key).equalTo(wanted.col(key)));
        }
        kept.join(functions.broadcast(wanted), same).select(kept.col(ParticipantRowsFrame.LINE), wanted.col(COMBINATION))
                .collectAsList().forEach(r -> {
                    Reject reason = rejectOf.get(r.getInt(1));
                    rejects.add(new Reject(file.toString(), r.getLong(0), reason.column(), reason.reason(),
                            reason.detail()));
                });
        return rejects;
    }

    private static InputLedger ledger(Path file, long rowsRead, List<Reject> rejects, List<String> dropped) {
        InputLedger ledger = new InputLedger("participants", file);
        ledger.readAs("Parquet, read by Spark");
        rejects.stream().sorted(Comparator.comparingLong(Reject::line))
                .forEach(r -> ledger.reject(r.line(), r.column(), r.reason(), r.detail()));
        ledger.accept(rowsRead - rejects.size());
        if (!dropped.isEmpty()) {
            ledger.dropColumns(dropped);
            ledger.warn("dropped columns with direct identifiers (never used): " + String.join(", ", dropped));
        }
        return se.spegel.schema.input.ParticipantsReader.warnWhenNothingToCompare(ledger);
    }
}
