package se.spegel.jobs.evaluate;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.element_at;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.map;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.catalyst.InternalRow;
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
    private static final String LINE = "_spegel_line";

    /** The cell counts of the accepted participants and the participants file's ledger. */
    record Result(MarginalCounts counts, InputLedger ledger) {}

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
        // Spark's internal rows: no conversion to external Rows, whose every cell is copied once more
        JavaRDD<InternalRow> rows = frame(source).queryExecution().toRdd().toJavaRDD();
        List<ParticipantPartition> partitions = rows
                .mapPartitions((FlatMapFunction<Iterator<InternalRow>, ParticipantPartition>) it ->
                        List.of(ParticipantPartition.scan(reader.rows(it), rules, categoriser)).iterator())
                .collect();
        MarginalCounts counts = categoriser.newCounts();
        Map<Long, Reject> rejects = new HashMap<>();
        Map<Long, InputException> typeErrors = new HashMap<>();
        long rowsRead = 0;
        for (ParticipantPartition partition : partitions) {
            counts.merge(partition.counts);
            partition.rejects.forEach(r -> rejects.put(r.line(), r));
            partition.typeErrors.forEach(e -> typeErrors.put(e.line(), e));
            rowsRead += partition.rowsRead;
        }
        Set<Long> repeated = IdentityHashes.repeated(partitions.stream().map(ParticipantPartition::identities).toList());
        if (!repeated.isEmpty()) {
            List<CsvRow> candidates = rows
                    .mapPartitions((FlatMapFunction<Iterator<InternalRow>, Candidate>) it ->
                            reader.withIdentityIn(it, rules, repeated))
                    .collect().stream().map(reader::row).toList();
            settleDuplicates(candidates, rules, categoriser, counts, rejects, typeErrors);
        }
        typeErrors.values().stream().min(Comparator.comparingLong(InputException::line)).ifPresent(e -> {
            throw e;
        });
        return new Result(counts, ledger(source, rowsRead, rejects));
    }

    /** The known columns as text, plus each row's part file and position in it. */
    private Dataset<Row> frame(ParquetParticipants source) {
        List<Column> columns = new ArrayList<>();
        source.headerByColumn().forEach((column, header) -> columns.add(col("`" + header + "`").cast("string").as(column)));
        // the row number as the driver-side reader counts it: rows of the parts before, plus the index in the part
        List<Column> offsets = new ArrayList<>();
        source.firstRowByPart().forEach((part, first) -> {
            offsets.add(lit(part));
            offsets.add(lit(first + 1));
        });
        columns.add(element_at(map(offsets.toArray(Column[]::new)), col("_metadata.file_name"))
                .plus(col("_metadata.row_index")).as(LINE));
        String[] parts = source.parts().stream().map(p -> p.toUri().toString()).toArray(String[]::new);
        return spark.read().parquet(parts).select(columns.toArray(Column[]::new));
    }

    /**
     * Later rows of a repeated (process, person) become duplicate_person, as in the driver-side
     * reader, whatever they would have been otherwise: an accepted one is taken out of the
     * counts, a rejected one changes its reason, a wrong-typed one no longer stops the run.
     */
    private static void settleDuplicates(List<CsvRow> candidates, ParticipantRules rules,
                                         ParticipantCategoriser categoriser, MarginalCounts counts,
                                         Map<Long, Reject> rejects, Map<Long, InputException> typeErrors) {
        Map<String, List<CsvRow>> byIdentity = new HashMap<>();
        candidates.stream().sorted(Comparator.comparingLong(CsvRow::line))
                .forEach(row -> byIdentity.computeIfAbsent(ParticipantRules.identityKey(row), k -> new ArrayList<>()).add(row));
        for (List<CsvRow> same : byIdentity.values()) {
            for (CsvRow later : same.subList(1, same.size())) {
                if (typeErrors.remove(later.line()) == null && rejects.remove(later.line()) == null) {
                    takeAway(later, rules, categoriser, counts);
                }
                rejects.put(later.line(), rules.duplicateReject(later));
            }
        }
    }

    private static void takeAway(CsvRow row, ParticipantRules rules, ParticipantCategoriser categoriser,
                                 MarginalCounts counts) {
        try {
            ParticipantRules.Verdict verdict = rules.judge(row);
            if (verdict.participant() != null) {
                categoriser.count(verdict.participant(), counts, -1);
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

    /** Turns Spark rows of {@link #frame} into the rows the rules read, numbered as the driver-side reader does. */
    private static final class RowReader implements java.io.Serializable {
        private final String file;
        private final Map<String, Integer> columnIndex = new HashMap<>();

        RowReader(ParquetParticipants source) {
            this.file = source.file().toString();
            source.headerByColumn().keySet().forEach(c -> columnIndex.put(c, columnIndex.size()));
        }

        Iterator<CsvRow> rows(Iterator<InternalRow> spark) {
            Path path = Path.of(file);
            int width = columnIndex.size();
            return new Iterator<>() {
                public boolean hasNext() {
                    return spark.hasNext();
                }

                public CsvRow next() {
                    InternalRow row = spark.next();
                    List<String> values = new ArrayList<>(width);
                    for (int i = 0; i < width; i++) {
                        values.add(row.isNullAt(i) ? "" : row.getUTF8String(i).toString());
                    }
                    return CsvRow.of(path, row.getLong(width), columnIndex, values);
                }
            };
        }

        Iterator<Candidate> withIdentityIn(Iterator<InternalRow> spark, ParticipantRules rules, Set<Long> identities) {
            List<Candidate> found = new ArrayList<>();
            List<String> columns = new ArrayList<>(columnIndex.keySet());
            columns.sort(Comparator.comparingInt(columnIndex::get));
            rows(spark).forEachRemaining(row -> {
                if (rules.identityReject(row) == null
                        && identities.contains(ParticipantPartition.identityHash(ParticipantRules.identityKey(row)))) {
                    found.add(new Candidate(row.line(), columns.stream().map(row::text).toList()));
                }
            });
            return found.iterator();
        }

        CsvRow row(Candidate candidate) {
            return CsvRow.of(Path.of(file), candidate.line(), columnIndex, candidate.values());
        }
    }
}
