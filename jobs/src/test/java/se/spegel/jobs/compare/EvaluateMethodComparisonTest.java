package se.spegel.jobs.compare;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.spegel.jobs.evaluate.MetricTablesResult;
import se.spegel.schema.config.SpegelConfig;
import se.spegel.schema.output.DimensionSummary;
import se.spegel.schema.output.ProcessSummary;

class EvaluateMethodComparisonTest {
    @TempDir
    Path dir;

    @Test
    void writesTheComparisonBesideTheMetricsOnlyForSeveralProcesses() throws IOException {
        MetricTablesResult one = result(List.of("p1"));
        assertThat(EvaluateMethodComparison.writeIfSeveralProcesses(one, dir.resolve("one"), SpegelConfig.defaults()))
                .isEmpty();
        assertThat(dir.resolve("one")).doesNotExist();

        MetricTablesResult two = result(List.of("p1", "p2"));
        assertThat(EvaluateMethodComparison.writeIfSeveralProcesses(two, dir.resolve("two"), SpegelConfig.defaults()))
                .containsEntry("method_comparison", 1);
        List<String> lines = Files.readAllLines(dir.resolve("two/method_comparison.csv"));
        // D 0.1 and 0.3 → mean and median 0.2; conf defaults: 95 %, 2000 resamples, seed 1; rows without a
        // chance baseline leave the excess cells empty; both processes have 10 participants
        assertThat(lines.get(1)).startsWith("open_meeting,age,2,0.2,").endsWith(",0.95,2000,1,,,,,,10,10,10,");
        assertThat(dir.resolve("two/method_comparison")).isDirectory();
    }

    private static MetricTablesResult result(List<String> ids) {
        List<ProcessSummary> stages = ids.stream()
                .map(id -> new ProcessSummary(
                        id,
                        id,
                        "open_meeting",
                        "1480",
                        null,
                        2024,
                        null,
                        null,
                        "attended",
                        0,
                        10.0,
                        0L,
                        0L,
                        null,
                        null,
                        null))
                .toList();
        List<DimensionSummary> dims = ids.stream()
                .map(id -> new DimensionSummary(
                        id,
                        "open_meeting",
                        "attended",
                        "age",
                        10L,
                        0L,
                        0L,
                        id.equals("p1") ? 0.1 : 0.3,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null))
                .toList();
        return new MetricTablesResult(List.of(), dims, stages, List.of());
    }
}
