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
import java.util.Iterator;
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
    /** The cell counts and tallies of the accepted participants, and each participant source's ledger. */
    record Result(MarginalCounts counts, ParticipantTallies tallies, List<InputLedger> ledgers) {}

    private static final String ROWS = "_spegel_rows";
    private static final String FIRST = "_spegel_first";
    private static final String KEY_SUM = "_spegel_key_sum";
    private static final String COMBINATION = "_spegel_combination";

    private final SparkSession spark;

    SparkParticipantScan(SparkSession spark) {
        this.spark = spark;
    }

    Result scan(List<SparkParticipants> sources, ParticipantRules rules, ParticipantCategoriser categoriser,
                Set<String> processIds) {
        try {
            return judge(sources, ParticipantRowsFrame.of(spark, sources), rules, categoriser, processIds);
        } catch (InputException e) {
            throw e;
        } catch (Exception e) { // Spark rethrows executors' failures as SparkException, checked but undeclared
            throw unreadable(sources.size() == 1 ? sources.get(0).file() : failedSource(sources, e), e);
        }
    }

    /** The source an executor's failure names (its part's file name), else the first. */
    private static Path failedSource(List<SparkParticipants> sources, Exception e) {
        String message = String.valueOf(e.getMessage());
        return sources.stream().filter(s -> s.parts().stream().anyMatch(part -> message.contains(part)
                || message.contains(new org.apache.hadoop.fs.Path(part).getName())))
                .findFirst().orElse(sources.get(0)).file();
    }

    /**
     * A part whose footer is sound (so {@link SparkParticipants#inspect} passed) but whose pages
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

    /** What one source's rows came to. */
    private static final class Tally {
        long rowsRead;
        final List<Reject> rejects = new ArrayList<>();
    }

    private Result judge(List<SparkParticipants> sources, ParticipantRowsFrame frame, ParticipantRules rules,
                         ParticipantCategoriser categoriser, Set<String> processIds) {
        Set<Long> duplicates = laterRowsOfRepeatedPersons(frame, processIds);
        Dataset<Row> kept = frame.grouped();
        if (!duplicates.isEmpty()) {
            Dataset<Row> lines = spark.createDataset(new ArrayList<>(duplicates), Encoders.LONG())
                    .toDF(ParticipantRowsFrame.LINE);
            kept = kept.join(functions.broadcast(lines), kept.col(ParticipantRowsFrame.LINE).equalTo(lines.col(
                    ParticipantRowsFrame.LINE)), "left_anti");
        }
        List<String> keys = frame.keyColumns();
        int cells = keys.size() - 1; // the last key is the source
        // streamed to the driver a partition at a time: a national run has millions of combinations
        // (exact age × area × answers), which as one collected list outgrew the driver's heap
        Iterator<Row> combinations = kept.groupBy(keys.stream().map(functions::col).toArray(Column[]::new))
                .agg(count(lit(1)).as(ROWS), min(ParticipantRowsFrame.LINE).as(FIRST),
                        sum(ParticipantRowsFrame.WEIGHT_MILLIONTHS).as(ParticipantRowsFrame.WEIGHT_MILLIONTHS),
                        // the combination's record keys (of its trimmed process and person), for its cells' keys
                        sum(RecordKey.column(categoriser.keySalt(), col(ParticipantRowsFrame.PID),
                                col(ParticipantRowsFrame.PERSON))).as(KEY_SUM))
                .toLocalIterator();

        Map<String, Integer> columnIndex = new LinkedHashMap<>();
        keys.subList(0, cells).forEach(c -> columnIndex.put(c, columnIndex.size()));
        MarginalCounts counts = categoriser.newCounts();
        ParticipantTallies tallies = new ParticipantTallies(rules.dimensionColumns());
        List<Tally> bySource = sources.stream().map(s -> new Tally()).toList();
        List<Row> rejected = new ArrayList<>();
        List<Reject> rejectOf = new ArrayList<>();
        InputException firstTypeError = null;
        long firstTypeErrorAt = Long.MAX_VALUE;
        while (combinations.hasNext()) {
            Row combination = combinations.next();
            int source = combination.getInt(cells);
            long heads = combination.getLong(keys.size());
            long first = combination.getLong(keys.size() + 1);
            bySource.get(source).rowsRead += heads;
            List<String> values = new ArrayList<>(cells);
            for (int i = 0; i < cells; i++) {
                values.add(combination.getString(i));
            }
            CsvRow row = CsvRow.of(sources.get(source).file(), line(first), columnIndex, values);
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
                tallies.add(verdict.participant(), rules.rejectedCells(row), heads);
            } catch (InputException e) {
                if (first < firstTypeErrorAt) {
                    firstTypeError = e;
                    firstTypeErrorAt = first;
                }
            }
        }
        if (firstTypeError != null) {
            throw firstTypeError;
        }
        rejectedRows(sources, kept, keys, rejected, rejectOf, bySource);
        for (long ordinal : duplicates) {
            Tally tally = bySource.get(source(ordinal));
            tally.rowsRead++;
            tally.rejects.add(rules.duplicateReject(CsvRow.of(sources.get(source(ordinal)).file(), line(ordinal),
                    Map.of(), List.of())));
        }
        List<InputLedger> ledgers = new ArrayList<>();
        for (int i = 0; i < sources.size(); i++) {
            ledgers.add(ledger(sources.get(i), bySource.get(i)));
        }
        return new Result(counts, tallies, ledgers);
    }

    private static int source(long ordinal) {
        return (int) (ordinal / ParticipantRowsFrame.SOURCE_STRIDE);
    }

    private static long line(long ordinal) {
        return ordinal % ParticipantRowsFrame.SOURCE_STRIDE;
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
    private void rejectedRows(List<SparkParticipants> sources, Dataset<Row> kept, List<String> keys,
                              List<Row> rejected, List<Reject> rejectOf, List<Tally> bySource) {
        if (rejected.isEmpty()) {
            return;
        }
        int cells = keys.size() - 1;
        StructType schema = new StructType();
        for (String key : keys.subList(0, cells)) {
            schema = schema.add(key, DataTypes.StringType);
        }
        schema = schema.add(ParticipantRowsFrame.SOURCE, DataTypes.IntegerType).add(COMBINATION, DataTypes.IntegerType);
        List<Row> keyRows = new ArrayList<>();
        for (int i = 0; i < rejected.size(); i++) {
            Object[] values = new Object[keys.size() + 1];
            for (int k = 0; k < keys.size(); k++) {
                values[k] = rejected.get(i).get(k);
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
                    long ordinal = r.getLong(0);
                    bySource.get(source(ordinal)).rejects.add(new Reject(sources.get(source(ordinal)).file().toString(),
                            line(ordinal), reason.column(), reason.reason(), reason.detail()));
                });
    }

    private static InputLedger ledger(SparkParticipants source, Tally tally) {
        InputLedger ledger = new InputLedger("participants", source.file());
        ledger.readAs((source.isParquet() ? "Parquet" : source.source().format()) + ", read by Spark");
        tally.rejects.stream().sorted(Comparator.comparingLong(Reject::line))
                .forEach(r -> ledger.reject(r.line(), r.column(), r.reason(), r.detail()));
        ledger.accept(tally.rowsRead - tally.rejects.size());
        if (!source.dropped().isEmpty()) {
            ledger.dropColumns(source.dropped());
            ledger.warn("dropped columns with direct identifiers (never used): " + String.join(", ", source.dropped()));
        }
        return se.spegel.schema.input.ParticipantsReader.warnWhenNothingToCompare(ledger);
    }
}
