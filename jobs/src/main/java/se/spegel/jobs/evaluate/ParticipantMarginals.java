package se.spegel.jobs.evaluate;

import java.util.Iterator;
import java.util.List;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.sql.SparkSession;
import se.spegel.schema.input.InputLedger;
import se.spegel.schema.input.ParticipantRow;

/**
 * The one pass over participants. Each partition puts its participants into cells (process,
 * reached stage, status, dimension, category) with {@link ParticipantCategoriser}; only those
 * small cell tables reach the driver, which sums them and makes the stages cumulative.
 * Participants in Parquet are read and aggregated by Spark itself ({@link SparkParticipantScan});
 * participants read on the driver (CSV, Pabulib) are spread over the executors in slices.
 */
public final class ParticipantMarginals {
    private static final int PARTICIPANTS_PER_SLICE = 20_000;

    /** The marginals, and the participants' ledger when Spark was the one that read them. */
    public record Result(List<Marginal> marginals, List<InputLedger> sparkLedgers, long participants) {}

    private final SparkSession spark;

    /** A participant without its person_id, with the record key taken from it. */
    private record Keyed(long recordKey, ParticipantRow participant) implements java.io.Serializable {}

    public ParticipantMarginals(SparkSession spark) {
        this.spark = spark;
    }

    /** @param keySalt the salt of the participants' record keys (conf {@code spegel.disclosure.key-salt}) */
    public Result compute(LoadedInputs loaded, List<ComparedDimension> dimensions, String keySalt) {
        ParticipantCategoriser categoriser =
                new ParticipantCategoriser(loaded.processes(), dimensions, loaded.areas(), keySalt);
        if (!loaded.onSpark().isEmpty()) {
            SparkParticipantScan.Result scanned = new SparkParticipantScan(spark)
                    .scan(
                            loaded.onSpark(),
                            loaded.participantRules(),
                            categoriser,
                            loaded.processes().keySet());
            CrossFileChecks.warnParticipants(scanned.ledgers().get(0), scanned.tallies(), loaded);
            return new Result(
                    CumulativeStages.of(scanned.counts()),
                    scanned.ledgers(),
                    scanned.ledgers().stream()
                            .mapToLong(InputLedger::rowsAccepted)
                            .sum());
        }
        MarginalCounts counts = countOnExecutors(loaded.participants(), categoriser);
        return new Result(
                CumulativeStages.of(counts), List.of(), loaded.participants().size());
    }

    private MarginalCounts countOnExecutors(List<ParticipantRow> participants, ParticipantCategoriser categoriser) {
        int slices =
                Math.max(spark.sparkContext().defaultParallelism(), participants.size() / PARTICIPANTS_PER_SLICE + 1);
        MarginalCounts total = categoriser.newCounts();
        // the record key is taken here, so that the person_id itself stays on the driver
        List<Keyed> anonymous = participants.stream()
                .map(p -> new Keyed(categoriser.recordKey(p), p.withoutPersonId()))
                .toList();
        JavaSparkContext.fromSparkContext(spark.sparkContext())
                .parallelize(anonymous, slices)
                .mapPartitions((FlatMapFunction<Iterator<Keyed>, MarginalCounts>) it -> {
                    MarginalCounts counts = categoriser.newCounts();
                    it.forEachRemaining(p -> categoriser.count(p.participant(), p.recordKey(), counts, 1));
                    return List.of(counts).iterator();
                })
                .collect()
                .forEach(total::merge);
        return total;
    }
}
