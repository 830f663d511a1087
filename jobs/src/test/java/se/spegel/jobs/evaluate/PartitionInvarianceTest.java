package se.spegel.jobs.evaluate;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.spegel.jobs.Exempelstad;
import se.spegel.jobs.SharedSpark;
import se.spegel.schema.config.SpegelConfig;

/** The metric CSVs are byte-identical whatever the row order and the number of partitions. */
class PartitionInvarianceTest {
    @TempDir
    Path dir;

    @Test
    void shuffledRowsAndOtherPartitionCountsGiveIdenticalMetricFiles() throws IOException {
        Path original = evaluate(Exempelstad.inputs(), "4", "original");

        Path shuffledParticipants = dir.resolve("participants-shuffled.csv");
        List<String> lines = Files.readAllLines(Exempelstad.dir().resolve("participants.csv"));
        List<String> body = new ArrayList<>(lines.subList(1, lines.size()));
        Collections.shuffle(body, new Random(7));
        body.add(0, lines.get(0));
        Files.write(shuffledParticipants, body);
        EvaluationInputs shuffled = new EvaluationInputs(
                Exempelstad.inputs().processes(),
                shuffledParticipants,
                Exempelstad.inputs().population(),
                Exempelstad.inputs().areas());
        Path other = evaluate(shuffled, "13", "shuffled");

        for (String table : List.of("category_gaps.csv", "dimension_summary.csv", "process_summary.csv")) {
            assertThat(other.resolve("metrics").resolve(table))
                    .as(table)
                    .hasSameBinaryContentAs(original.resolve("metrics").resolve(table));
        }
    }

    private Path evaluate(EvaluationInputs inputs, String partitions, String name) throws IOException {
        var spark = SharedSpark.get();
        String before = spark.conf().get("spark.sql.shuffle.partitions");
        spark.conf().set("spark.sql.shuffle.partitions", partitions);
        try {
            Path out = dir.resolve(name);
            new EvaluateJob(SpegelConfig.defaults(), new PrintStream(OutputStream.nullOutputStream()))
                    .evaluate(spark, inputs, out);
            return out;
        } finally {
            spark.conf().set("spark.sql.shuffle.partitions", before);
        }
    }
}
