package se.spegel.jobs.evaluate;

import static org.apache.spark.sql.functions.col;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;
import se.spegel.schema.input.CsvRow;
import se.spegel.schema.input.InputException;
import se.spegel.schema.input.InputLedger;
import se.spegel.schema.input.ParticipantRules;
import se.spegel.schema.input.Reject;

/**
 * Participants read and aggregated by Spark where they lie, judged by the driver's own rules
 * once per distinct value of what each rule reads ({@link ParticipantFactors}). Spark SQL
 * queries, each a scan and a small result: the (process, person) pairs seen more than once (by a
 * 64-bit hash of the trimmed pair, then exactly); every factor's distinct values; the rows
 * coded by the verdicts (broadcast joins) and counted per cell in one {@code groupBy}
 * ({@link ParticipantCodes}); and, only when some rows were rejected, those rows' numbers and
 * reasons. This yields the same rejects, messages and cells as the driver-side reader row by
 * row: a rule's verdict depends only on the cells it reads, the first reason in the rules'
 * order stands, and the first row of a person stands, later ones are duplicate_person whatever
 * else they are.
 */
final class SparkParticipantScan {
    /** The cell counts and tallies of the accepted participants, and each participant source's ledger. */
    record Result(MarginalCounts counts, ParticipantTallies tallies, List<InputLedger> ledgers) {}

    private final SparkSession spark;

    SparkParticipantScan(SparkSession spark) {
        this.spark = spark;
    }

    Result scan(
            List<SparkParticipants> sources,
            ParticipantRules rules,
            ParticipantCategoriser categoriser,
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
        return sources.stream()
                .filter(s -> s.parts().stream()
                        .anyMatch(part -> message.contains(part)
                                || message.contains(new org.apache.hadoop.fs.Path(part).getName())))
                .findFirst()
                .orElse(sources.get(0))
                .file();
    }

    /**
     * A part whose footer is sound (so {@link SparkParticipants#inspect} passed) but whose pages
     * the executors cannot decode is bad input, said in one line as for the driver-side reader;
     * any other failure stays an internal error.
     */
    static RuntimeException unreadable(Path file, Exception e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof java.io.IOException
                    || cause instanceof org.apache.parquet.io.ParquetDecodingException) {
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

    private Result judge(
            List<SparkParticipants> sources,
            ParticipantRowsFrame frame,
            ParticipantRules rules,
            ParticipantCategoriser categoriser,
            Set<String> processIds) {
        Set<Long> duplicates = laterRowsOfRepeatedPersons(frame, processIds);
        Dataset<Row> kept = frame.weighed();
        if (!duplicates.isEmpty()) {
            Dataset<Row> lines = spark.createDataset(new ArrayList<>(duplicates), Encoders.LONG())
                    .toDF(ParticipantRowsFrame.LINE);
            kept = kept.join(
                    functions.broadcast(lines),
                    kept.col(ParticipantRowsFrame.LINE).equalTo(lines.col(ParticipantRowsFrame.LINE)),
                    "left_anti");
        }
        ParticipantFactors factors = new ParticipantFactors(rules, categoriser, frame.columns());
        ParticipantCodes.judgeDistinct(frame, kept, factors);
        Dataset<Row> coded = ParticipantCodes.coded(
                spark,
                frame,
                kept,
                factors,
                categoriser.dimensionCount(),
                processIds.stream().sorted().findFirst().orElse(null));
        if (factors.hasTypeErrors()) {
            throwFirstTypeError(sources, coded, factors);
        }

        MarginalCounts counts = categoriser.newCounts();
        ParticipantTallies tallies = new ParticipantTallies(rules.dimensionColumns());
        List<Tally> bySource = sources.stream().map(s -> new Tally()).toList();
        int answers = factors.answerColumns().size();
        long rejected = 0;
        List<Row> cells = ParticipantCodes.cellCounts(coded, categoriser, factors.answerColumns())
                .collectAsList();
        for (Row cell : cells) {
            int width = cell.size() - 8;
            int[] parts = new int[width];
            for (int i = 0; i < width; i++) {
                parts[i] = cell.getInt(5 + i);
            }
            int kind = cell.getInt(3);
            long heads = cell.getLong(cell.size() - 3);
            if (kind == ParticipantCodes.REJECTED) {
                rejected += heads;
                continue;
            }
            if (kind == ParticipantCodes.TALLY) {
                bySource.get(cell.getInt(4)).rowsRead += heads;
                int[] rejectedCells = new int[answers];
                for (int j = 0; j < answers; j++) {
                    rejectedCells[j] = (parts[answers + 1] >> j) & 1;
                }
                factors.countTallies(
                        java.util.Arrays.copyOf(parts, answers),
                        rejectedCells,
                        parts[answers],
                        (parts[answers + 1] >> answers) & 1,
                        heads,
                        tallies);
                continue;
            }
            factors.countCells(
                    cell.getInt(0),
                    cell.getInt(1),
                    ParticipantCodes.STATUSES.get(cell.getInt(2)),
                    kind == ParticipantCodes.TOTAL ? -1 : kind,
                    cell.getInt(4),
                    parts,
                    heads,
                    cell.getLong(cell.size() - 2),
                    cell.getLong(cell.size() - 1),
                    counts);
        }
        if (rejected > 0) {
            rejectedRows(sources, coded, factors, bySource);
        }
        for (long ordinal : duplicates) {
            Tally tally = bySource.get(source(ordinal));
            tally.rowsRead++;
            tally.rejects.add(rules.duplicateReject(
                    CsvRow.of(sources.get(source(ordinal)).file(), line(ordinal), Map.of(), List.of())));
        }
        List<InputLedger> ledgers = new ArrayList<>();
        for (int i = 0; i < sources.size(); i++) {
            ledgers.add(ledger(sources.get(i), bySource.get(i)));
        }
        return new Result(counts, tallies, ledgers);
    }

    /** A type error stops the run at its first row (in the order the sources were given), as the row-by-row reader does. */
    private static void throwFirstTypeError(
            List<SparkParticipants> sources, Dataset<Row> coded, ParticipantFactors factors) {
        List<Row> first = coded.filter(ParticipantCodes.typeError())
                .select(
                        col(ParticipantRowsFrame.LINE),
                        col(ParticipantCodes.AGE_ERROR),
                        col(ParticipantCodes.WEIGHT_ERROR))
                .orderBy(col(ParticipantRowsFrame.LINE))
                .limit(1)
                .collectAsList();
        if (first.isEmpty()) {
            return; // the faulty cells lie only in rows rejected before those cells are read
        }
        Row row = first.get(0);
        long ordinal = row.getLong(0);
        int error = row.isNullAt(1) ? row.getInt(2) : row.getInt(1);
        throw factors.typeError(error, sources.get(source(ordinal)).file(), line(ordinal));
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
                .withColumn(
                        "_spegel_hash",
                        functions.xxhash64(col(ParticipantRowsFrame.PID), col(ParticipantRowsFrame.PERSON)));
        List<Long> repeated = identified
                .groupBy("_spegel_hash")
                .count()
                .filter(col("count").gt(1))
                .select("_spegel_hash")
                .as(Encoders.LONG())
                .collectAsList();
        Set<Long> later = new HashSet<>();
        if (repeated.isEmpty()) {
            return later;
        }
        List<Row> candidates = identified
                .filter(col("_spegel_hash").isin(repeated.toArray()))
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

    /** Every rejected row, with its own reason and row number. */
    private static void rejectedRows(
            List<SparkParticipants> sources, Dataset<Row> coded, ParticipantFactors factors, List<Tally> bySource) {
        coded.filter(col(ParticipantCodes.REJECT).isNotNull())
                .select(col(ParticipantRowsFrame.LINE), col(ParticipantCodes.REJECT))
                .collectAsList()
                .forEach(r -> {
                    long ordinal = r.getLong(0);
                    Tally tally = bySource.get(source(ordinal));
                    tally.rowsRead++;
                    tally.rejects.add(factors.reject(
                            r.getInt(1), sources.get(source(ordinal)).file().toString(), line(ordinal)));
                });
    }

    private static InputLedger ledger(SparkParticipants source, Tally tally) {
        InputLedger ledger = new InputLedger("participants", source.file());
        ledger.readAs((source.isParquet() ? "Parquet" : source.source().format()) + ", read by Spark");
        tally.rejects.stream()
                .sorted(Comparator.comparingLong(Reject::line))
                .forEach(r -> ledger.reject(r.line(), r.column(), r.reason(), r.detail()));
        ledger.accept(tally.rowsRead - tally.rejects.size());
        if (!source.dropped().isEmpty()) {
            ledger.dropColumns(source.dropped());
            ledger.warn("dropped columns with direct identifiers (never used): " + String.join(", ", source.dropped()));
        }
        return se.spegel.schema.input.ParticipantsReader.warnWhenNothingToCompare(ledger);
    }
}
