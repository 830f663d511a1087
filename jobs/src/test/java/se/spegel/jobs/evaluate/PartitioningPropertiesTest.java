package se.spegel.jobs.evaluate;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.From;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.ShrinkingMode;
import net.jqwik.api.constraints.Size;
import org.apache.spark.sql.SparkSession;
import se.spegel.jobs.SharedSpark;
import se.spegel.schema.config.AgeBand;
import se.spegel.schema.config.SpegelConfig;
import se.spegel.schema.input.ParticipantRow;

/**
 * The Spark part, on generated participants (ages inside and outside eligibility, missing and
 * unmatched answers, residences inside, outside and unknown, fractional weights): the metric rows
 * are the same whatever the row order and the number of shuffle partitions. Few tries, each is
 * two small Spark evaluations.
 */
class PartitioningPropertiesTest {
    private static final SpegelConfig CONFIG = SpegelConfig.defaults();
    private static final Path BASE = Path.of("src/test/resources/corpus/_base");
    private static LoadedInputs base;

    @Provide
    Arbitrary<ParticipantRow> participant() {
        Arbitrary<Integer> age = Arbitraries.integers().between(0, 100).injectNull(0.1);
        Arbitrary<String> gender = Arbitraries.of("kvinna", "man", "annat").injectNull(0.1);
        Arbitrary<String> area = Arbitraries.of("D1", "D2", "K1", "X9").injectNull(0.1);
        Arbitrary<Double> weight = Arbitraries.integers().between(1, 3_000_000).map(m -> m / 1_000_000.0);
        // person_ids give the record keys of disclosure control, whose cell sums must not depend on order either
        Arbitrary<String> person = Arbitraries.strings().alpha().ofLength(8);
        return Combinators.combine(age, gender, area, weight, person).as((a, g, r, w, id) -> {
            Map<String, String> categories = new HashMap<>();
            categories.put("gender", g);
            String band = a == null
                    ? null
                    : CONFIG.ageBands().bandOf(a).map(AgeBand::code).orElse(null);
            return new ParticipantRow("p1", id, 0, a, a, band, categories, r, w);
        });
    }

    @Property(tries = 3, shrinking = ShrinkingMode.OFF)
    void metricRowsAreTheSameForShuffledRowsAndAnotherNumberOfPartitions(
            @ForAll @Size(min = 40, max = 120) List<@From("participant") ParticipantRow> participants,
            @ForAll Random random)
            throws IOException {
        List<ParticipantRow> shuffled = new ArrayList<>(participants);
        Collections.shuffle(shuffled, random);

        MetricTablesResult onOnePartition = evaluate(participants, 1);
        MetricTablesResult onSeven = evaluate(shuffled, 7);

        assertThat(onSeven.categoryGaps())
                .isEqualTo(onOnePartition.categoryGaps())
                .isNotEmpty();
        assertThat(onSeven.dimensionSummaries()).isEqualTo(onOnePartition.dimensionSummaries());
        assertThat(onSeven.processSummaries()).isEqualTo(onOnePartition.processSummaries());
    }

    private static MetricTablesResult evaluate(List<ParticipantRow> participants, int partitions) throws IOException {
        SparkSession spark = SharedSpark.get();
        String before = spark.conf().get("spark.sql.shuffle.partitions");
        spark.conf().set("spark.sql.shuffle.partitions", Integer.toString(partitions));
        Path out = Files.createTempDirectory("spegel-partitioning");
        try {
            LoadedInputs inputs = baseInputs();
            LoadedInputs loaded = new LoadedInputs(
                    inputs.processes(),
                    participants,
                    inputs.participantDimensions(),
                    inputs.population(),
                    inputs.areas(),
                    inputs.ledgers(),
                    inputs.participantRules(),
                    List.of());
            return new EvaluateJob(CONFIG, new PrintStream(OutputStream.nullOutputStream()))
                    .evaluate(spark, loaded, out, 0);
        } finally {
            spark.conf().set("spark.sql.shuffle.partitions", before);
            try (Stream<Path> walk = Files.walk(out)) {
                for (Path path : walk.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(path);
                }
            }
        }
    }

    /** Processes, population and areas of the corpus's good inputs (participants replaced per try). */
    private static synchronized LoadedInputs baseInputs() {
        if (base == null) {
            base = LoadedInputs.read(
                    new EvaluationInputs(
                            BASE.resolve("processes.csv"),
                            BASE.resolve("participants.csv"),
                            List.of(BASE.resolve("population.csv")),
                            Optional.of(BASE.resolve("areas.csv"))),
                    CONFIG);
        }
        return base;
    }
}
