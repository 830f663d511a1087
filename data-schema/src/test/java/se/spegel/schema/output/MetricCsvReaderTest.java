package se.spegel.schema.output;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.spegel.schema.input.InputException;

class MetricCsvReaderTest {

    @TempDir
    Path dir;

    @Test
    void rowsWrittenByTheCsvWriterReadBackEqual() throws IOException {
        List<CategoryGap> gaps = List.of(
                new CategoryGap("=p1", "open_meeting", "attended", "age", "16-24", 3.0, 0.1, 0.02, 0.25, 1200L,
                        0.2, -10.0, 0.5, 2.5, 3.9E-157, true, false),
                new CategoryGap("=p1", "open_meeting", "attended", "age", "25-34", null, null, null, null, 900L,
                        0.15, null, null, null, null, null, true));
        Path file = dir.resolve("category_gaps.csv");
        MetricCsvWriter.write(MetricTables.CATEGORY_GAPS, gaps, file);
        assertThat(MetricCsvReader.categoryGaps(file, g -> true)).isEqualTo(gaps);

        List<ProcessSummary> processes = List.of(new ProcessSummary("p1", "Möte, \"stort\"", "open_meeting", "1480",
                "Göteborg", 2024, 16, null, "attended", 0, 82.0, 3L, null, 0.21, null, null));
        Path summary = dir.resolve("process_summary.csv");
        MetricCsvWriter.write(MetricTables.PROCESS_SUMMARY, processes, summary);
        assertThat(MetricCsvReader.processSummaries(summary)).isEqualTo(processes);

        List<DimensionSummary> dims = List.of(new DimensionSummary("p1", "open_meeting", "attended", "age", 80L, 2L,
                null, 0.31, 0.2, 12.5, 5, 0.03, 0.4, 12.0, "65-74", "population.csv", 16, null, 4L));
        Path dimFile = dir.resolve("dimension_summary.csv");
        MetricCsvWriter.write(MetricTables.DIMENSION_SUMMARY, dims, dimFile);
        assertThat(MetricCsvReader.dimensionSummaries(dimFile, d -> true)).isEqualTo(dims);
        assertThat(MetricCsvReader.dimensionSummaries(dimFile, d -> d.stage().equals("invited"))).isEmpty();
    }

    @Test
    void stageChangesAndResponseIndicatorsReadBackEqual() throws IOException {
        List<StageChange> changes = List.of(new StageChange("p1", "citizens_assembly", "responded", 1, "invited",
                "age", 0.17, 0.02, 0.076, 0.0005, 1.0, "worse_than_chance"));
        Path changeFile = dir.resolve("stage_changes.csv");
        MetricCsvWriter.write(MetricTables.STAGE_CHANGES, changes, changeFile);
        assertThat(MetricCsvReader.stageChanges(changeFile)).isEqualTo(changes);

        List<ResponseIndicator> indicators = List.of(
                new ResponseIndicator("p1", "citizens_assembly", "responded", "age×gender", "age", null, 0.03, 0.005,
                        0.032, 0.005, 0.07, 0.46, 0.06, false),
                new ResponseIndicator("p1", "citizens_assembly", "responded", "age×gender", "age", "85+", null, null,
                        null, null, 0.07, 0.46, 0.06, true));
        Path indicatorFile = dir.resolve("response_indicators.csv");
        MetricCsvWriter.write(MetricTables.RESPONSE_INDICATORS, indicators, indicatorFile);
        assertThat(MetricCsvReader.responseIndicators(indicatorFile)).isEqualTo(indicators);
    }

    @Test
    void aCellOfTheWrongTypeNamesFileLineAndColumn() throws IOException {
        Path file = Files.writeString(dir.resolve("dimension_summary.csv"),
                "process_id,stage,dimension,dissimilarity\np1,attended,age,0.2\np2,attended,age,lots\n",
                StandardCharsets.UTF_8);
        assertThatThrownBy(() -> MetricCsvReader.dimensionSummaries(file, d -> true))
                .isInstanceOf(InputException.class)
                .extracting(e -> ((InputException) e).userMessage())
                .isEqualTo(file + ":3:4 (column dissimilarity): 'lots' is not a number");
    }

    @Test
    void aMissingColumnIsNamed() throws IOException {
        Path file = Files.writeString(dir.resolve("process_summary.csv"), "process_id,method,stage\np1,x,y\n",
                StandardCharsets.UTF_8);
        assertThatThrownBy(() -> MetricCsvReader.processSummaries(file))
                .isInstanceOf(InputException.class)
                .hasMessageContaining("missing required column 'period'");
    }
}
