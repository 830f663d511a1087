package se.spegel.jobs.evaluate;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Two evaluations of the same data from files of different formats wrote the same metric tables. */
final class SameMetrics {
    private SameMetrics() {}

    /**
     * Category gaps and process summaries are byte-identical; dimension summaries too, once the first
     * population table's file name (which they name) is the CSV's.
     */
    static void assertSame(Path out, Path csvOut, String populationFile, String csvPopulationFile) throws IOException {
        for (String table : List.of("category_gaps.csv", "process_summary.csv")) {
            assertThat(out.resolve("metrics").resolve(table))
                    .as(table)
                    .hasSameBinaryContentAs(csvOut.resolve("metrics").resolve(table));
        }
        String summary = Files.readString(out.resolve("metrics/dimension_summary.csv"));
        assertThat(summary).contains(populationFile);
        assertThat(summary.replace(populationFile, csvPopulationFile))
                .isEqualTo(Files.readString(csvOut.resolve("metrics/dimension_summary.csv")));
    }
}
