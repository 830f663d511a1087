package se.spegel.jobs.evaluate;


import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.sql.SparkSession;
import se.spegel.schema.input.CsvRow;
import se.spegel.schema.input.InputException;
import se.spegel.schema.input.InputLedger;
import se.spegel.schema.input.ParticipantRules;
import se.spegel.schema.input.ParticipantsReader;
import se.spegel.schema.input.Reject;

/**
 * Participants in Parquet, read and judged by Spark where the data lie: each partition applies
 * the same {@link ParticipantRules} as the driver-side reader and counts its accepted rows into
 * cells; only cell counts, rejects and one identity hash per row come back. A person seen more
 * than once in a process (found from the hashes) is settled exactly as the driver-side reader
 * does: the first row in file order stands, later ones become duplicate_person, and what they
 * had contributed is taken away again.
 */
final class ParquetParticipantScan {

    /** The cell counts and tallies of the accepted participants, and the participants file's ledger. */
    record Result(MarginalCounts counts, ParticipantTallies tallies, InputLedger ledger) {}

    private final SparkSession spark;

    ParquetParticipantScan(SparkSession spark) {
        this.spark = spark;
    }

    Result scan(ParquetParticipants source, ParticipantRules rules, ParticipantCategoriser categoriser) {
        try {
            return judge(source, rules, categoriser);
        } catch (InputException e) {
            throw e;
        } catch (Exception e) { // Spark rethrows executors' failures as SparkException, checked but undeclared
            throw unreadable(source, e);
        }
    }

    /**
     * A part whose footer is sound (so {@link ParquetParticipants#inspect} passed) but whose pages
     * the executors cannot decode is bad input, said in one line as for the driver-side reader;
     * any other failure stays an internal error.
     */
    static RuntimeException unreadable(ParquetParticipants source, Exception e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof java.io.IOException || cause instanceof org.apache.parquet.io.ParquetDecodingException) {
                return ParquetTable.unreadable(source.file(), (Exception) cause);
            }
        }
        return e instanceof RuntimeException runtime ? runtime : new IllegalStateException(e);
    }

    private Result judge(ParquetParticipants source, ParticipantRules rules, ParticipantCategoriser categoriser) {
        RowReader reader = new RowReader(source);
        List<List<ParquetRowGroups.RowGroup>> slices = RowGroupSlices.balanced(source.rowGroups(),
                spark.sparkContext().defaultParallelism());
        JavaRDD<List<ParquetRowGroups.RowGroup>> groups = JavaSparkContext.fromSparkContext(spark.sparkContext())
                .parallelize(slices, slices.size());
        List<ParticipantPartition> partitions = groups
                .mapPartitions((FlatMapFunction<Iterator<List<ParquetRowGroups.RowGroup>>, ParticipantPartition>) it -> {
                    try (ParquetBatches batches = reader.batches(flatten(it))) {
                        return List.of(CodedParticipantCounts.scan(batches, rules, categoriser)).iterator();
                    }
                })
                .collect();
        MarginalCounts counts = categoriser.newCounts();
        ParticipantTallies tallies = new ParticipantTallies(rules.dimensionColumns());
        Map<Long, Reject> rejects = new HashMap<>();
        Map<Long, InputException> typeErrors = new HashMap<>();
        long rowsRead = 0;
        for (ParticipantPartition partition : partitions) {
            counts.merge(partition.counts);
            tallies.merge(partition.tallies);
            partition.rejects.forEach(r -> rejects.put(r.line(), r));
            partition.typeErrors.forEach(e -> typeErrors.put(e.line(), e));
            rowsRead += partition.rowsRead;
        }
        Set<Long> repeated = IdentityHashes.repeated(partitions.stream().map(ParticipantPartition::identities).toList());
        if (!repeated.isEmpty()) {
            List<CsvRow> candidates = groups
                    .mapPartitions((FlatMapFunction<Iterator<List<ParquetRowGroups.RowGroup>>, Candidate>) it ->
                            reader.withIdentityIn(flatten(it), rules, repeated))
                    .collect().stream().map(reader::row).toList();
            settleDuplicates(candidates, rules, categoriser, new Accepted(counts, tallies), rejects, typeErrors);
        }
        typeErrors.values().stream().min(Comparator.comparingLong(InputException::line)).ifPresent(e -> {
            throw e;
        });
        return new Result(counts, tallies, ledger(source, rowsRead, rejects));
    }

    private static Iterator<ParquetRowGroups.RowGroup> flatten(Iterator<List<ParquetRowGroups.RowGroup>> slices) {
        List<ParquetRowGroups.RowGroup> groups = new ArrayList<>();
        slices.forEachRemaining(groups::addAll);
        return groups.iterator();
    }

    /**
     * Later rows of a repeated (process, person) become duplicate_person, as in the driver-side
     * reader, whatever they would have been otherwise: an accepted one is taken out of the
     * counts, a rejected one changes its reason, a wrong-typed one no longer stops the run.
     */
    /** What the accepted rows added up to: a duplicate found later is taken out of both. */
    private record Accepted(MarginalCounts counts, ParticipantTallies tallies) {}

    private static void settleDuplicates(List<CsvRow> candidates, ParticipantRules rules,
                                         ParticipantCategoriser categoriser, Accepted accepted,
                                         Map<Long, Reject> rejects, Map<Long, InputException> typeErrors) {
        Map<String, List<CsvRow>> byIdentity = new HashMap<>();
        candidates.stream().sorted(Comparator.comparingLong(CsvRow::line))
                .forEach(row -> byIdentity.computeIfAbsent(ParticipantRules.identityKey(row), k -> new ArrayList<>()).add(row));
        for (List<CsvRow> same : byIdentity.values()) {
            for (CsvRow later : same.subList(1, same.size())) {
                if (typeErrors.remove(later.line()) == null && rejects.remove(later.line()) == null) {
                    takeAway(later, rules, categoriser, accepted);
                }
                rejects.put(later.line(), rules.duplicateReject(later));
            }
        }
    }

    private static void takeAway(CsvRow row, ParticipantRules rules, ParticipantCategoriser categoriser,
                                 Accepted accepted) {
        try {
            ParticipantRules.Verdict verdict = rules.judge(row);
            if (verdict.participant() != null) {
                categoriser.count(verdict.participant(), accepted.counts(), -1);
                accepted.tallies().add(verdict.participant(), rules.rejectedCells(row), -1);
            }
        } catch (InputException beyondTheReportedOnes) {
            // a wrong-typed row past ParticipantPartition.MAX_TYPE_ERRORS: it was never counted
        }
    }

    /** A row of a repeated identity, as it travels back to the driver. */
    private record Candidate(long line, List<String> values) implements java.io.Serializable {}

    private static InputLedger ledger(ParquetParticipants source, long rowsRead, Map<Long, Reject> rejects) {
        InputLedger ledger = new InputLedger("participants", source.file());
        ledger.readAs("Parquet, read by Spark");
        rejects.values().stream().sorted(Comparator.comparingLong(Reject::line))
                .forEach(r -> ledger.reject(r.line(), r.column(), r.reason(), r.detail()));
        ledger.accept(rowsRead - rejects.size());
        if (!source.dropped().isEmpty()) {
            ledger.dropColumns(source.dropped());
            ledger.warn("dropped columns with direct identifiers (never used): " + String.join(", ", source.dropped()));
        }
        return ParticipantsReader.warnWhenNothingToCompare(ledger);
    }

    /** The rows of row groups as the rules read them, numbered as the driver-side reader does. */
    private static final class RowReader implements java.io.Serializable {
        private final String file;
        private final ParquetRowGroups groups;

        RowReader(ParquetParticipants source) {
            this.file = source.file().toString();
            Map<String, List<String>> headers = new java.util.LinkedHashMap<>();
            source.headerByColumn().forEach((column, header) -> headers.put(column, List.of(header)));
            this.groups = new ParquetRowGroups(source.file(), headers);
        }

        ParquetRowGroups.Rows rows(Iterator<ParquetRowGroups.RowGroup> rowGroups) {
            return groups.rows(rowGroups);
        }

        ParquetBatches batches(Iterator<ParquetRowGroups.RowGroup> rowGroups) {
            return new ParquetBatches(groups, Path.of(file), rowGroups);
        }

        Iterator<Candidate> withIdentityIn(Iterator<ParquetRowGroups.RowGroup> rowGroups, ParticipantRules rules,
                                           Set<Long> identities) {
            List<Candidate> found = new ArrayList<>();
            List<String> columns = new ArrayList<>(groups.columnIndex().keySet());
            columns.sort(Comparator.comparingInt(groups.columnIndex()::get));
            try (ParquetRowGroups.Rows rows = rows(rowGroups)) {
                rows.forEachRemaining(row -> {
                    if (rules.identityReject(row) == null
                            && identities.contains(ParticipantPartition.identityHash(ParticipantRules.identityKey(row)))) {
                        found.add(new Candidate(row.line(), columns.stream().map(row::text).toList()));
                    }
                });
            }
            return found.iterator();
        }

        CsvRow row(Candidate candidate) {
            return CsvRow.of(Path.of(file), candidate.line(), groups.columnIndex(), candidate.values());
        }
    }
}
