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
                new CategoryGap(
                        "=p1",
                        "open_meeting",
                        "attended",
                        "age",
                        "16-24",
                        3.0,
                        0.1,
                        0.02,
                        0.25,
                        1200L,
                        0.2,
                        -10.0,
                        0.5,
                        2.5,
                        3.9E-157,
                        true,
                        false),
                new CategoryGap(
                        "=p1",
                        "open_meeting",
                        "attended",
                        "age",
                        "25-34",
                        null,
                        null,
                        null,
                        null,
                        900L,
                        0.15,
                        null,
                        null,
                        null,
                        null,
                        null,
                        true));
        Path file = dir.resolve("category_gaps.csv");
        MetricCsvWriter.write(MetricTables.CATEGORY_GAPS, gaps, file);
        assertThat(MetricCsvReader.categoryGaps(file, g -> true)).isEqualTo(gaps);

        List<ProcessSummary> processes = List.of(new ProcessSummary(
                "p1",
                "Möte, \"stort\"",
                "open_meeting",
                "1480",
                "Göteborg",
                2024,
                16,
                null,
                "attended",
                0,
                82.0,
                3L,
                null,
                0.21,
                null,
                null));
        Path summary = dir.resolve("process_summary.csv");
        MetricCsvWriter.write(MetricTables.PROCESS_SUMMARY, processes, summary);
        assertThat(MetricCsvReader.processSummaries(summary)).isEqualTo(processes);

        List<DimensionSummary> dims = List.of(new DimensionSummary(
                "p1",
                "open_meeting",
                "attended",
                "age",
                80L,
                2L,
                null,
                0.31,
                0.2,
                12.5,
                5,
                0.03,
                0.4,
                12.0,
                "65-74",
                "population.csv",
                16,
                null,
                4L));
        Path dimFile = dir.resolve("dimension_summary.csv");
        MetricCsvWriter.write(MetricTables.DIMENSION_SUMMARY, dims, dimFile);
        assertThat(MetricCsvReader.dimensionSummaries(dimFile, d -> true)).isEqualTo(dims);
        assertThat(MetricCsvReader.dimensionSummaries(dimFile, d -> d.stage().equals("invited")))
                .isEmpty();
    }

    @Test
    void stageChangesAndResponseIndicatorsReadBackEqual() throws IOException {
        List<StageChange> changes = List.of(new StageChange(
                "p1",
                "citizens_assembly",
                "responded",
                1,
                "invited",
                "age",
                0.17,
                0.02,
                0.076,
                0.0005,
                1.0,
                "worse_than_chance"));
        Path changeFile = dir.resolve("stage_changes.csv");
        MetricCsvWriter.write(MetricTables.STAGE_CHANGES, changes, changeFile);
        assertThat(MetricCsvReader.stageChanges(changeFile)).isEqualTo(changes);

        List<ResponseIndicator> indicators = List.of(
                new ResponseIndicator(
                        "p1",
                        "citizens_assembly",
                        "responded",
                        "age×gender",
                        "age",
                        null,
                        0.03,
                        0.005,
                        0.032,
                        0.005,
                        0.07,
                        0.46,
                        0.06,
                        false),
                new ResponseIndicator(
                        "p1",
                        "citizens_assembly",
                        "responded",
                        "age×gender",
                        "age",
                        "85+",
                        null,
                        null,
                        null,
                        null,
                        0.07,
                        0.46,
                        0.06,
                        true));
        Path indicatorFile = dir.resolve("response_indicators.csv");
        MetricCsvWriter.write(MetricTables.RESPONSE_INDICATORS, indicators, indicatorFile);
        assertThat(MetricCsvReader.responseIndicators(indicatorFile)).isEqualTo(indicators);
    }

    @Test
    void theMethodComparisonTablesAndAreaNamesReadBackEqual() throws IOException {
        List<MethodComparison> comparison = List.of(
                new MethodComparison(
                        "open_meeting",
                        "age",
                        3,
                        0.3,
                        0.15,
                        0.45,
                        0.2,
                        0.1,
                        0.6,
                        0.1,
                        0.6,
                        0.95,
                        2000,
                        11L,
                        0.1,
                        0.02,
                        0.2,
                        0.09,
                        0.25,
                        120.0,
                        40.0,
                        300.0,
                        2),
                new MethodComparison(
                        "citizens_assembly",
                        "age",
                        2,
                        0.06,
                        0.05,
                        0.07,
                        0.06,
                        0.05,
                        0.07,
                        0.05,
                        0.07,
                        0.95,
                        2000,
                        11L,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null));
        Path comparisonFile = dir.resolve("method_comparison.csv");
        MetricCsvWriter.write(MetricTables.METHOD_COMPARISON, comparison, comparisonFile);
        assertThat(CompareCsvReader.methodComparison(comparisonFile)).isEqualTo(comparison);

        List<MethodGroupReach> groups = List.of(
                new MethodGroupReach("open_meeting", "age", "16-24", 3, 2, 1, 0.5, 0, 0.0, 1, 0.6, 2),
                new MethodGroupReach("open_meeting", "age", "=x", 1, 0, 0, null, 0, null, 1, null, null));
        Path groupFile = dir.resolve("method_comparison_groups.csv");
        MetricCsvWriter.write(MetricTables.METHOD_COMPARISON_GROUPS, groups, groupFile);
        assertThat(CompareCsvReader.methodGroups(groupFile)).isEqualTo(groups);

        List<MethodTrend> trend = List.of(new MethodTrend("open_meeting", "age", 2022, 2, 0.15, 0.14));
        Path trendFile = dir.resolve("method_comparison_trend.csv");
        MetricCsvWriter.write(MetricTables.METHOD_COMPARISON_TREND, trend, trendFile);
        assertThat(CompareCsvReader.methodTrend(trendFile)).isEqualTo(trend);

        List<MethodComparisonProcess> processes = List.of(
                new MethodComparisonProcess(
                        "om1",
                        "open_meeting",
                        "1480",
                        2022,
                        "attended",
                        "age",
                        0.1,
                        80.0,
                        0.05,
                        0.05,
                        0.07,
                        "worse_small"),
                new MethodComparisonProcess(
                        "ca1", "citizens_assembly", null, 2023, "attended", "age", 0.05, null, null, null, null, null));
        Path processFile = dir.resolve("method_comparison_processes.csv");
        MetricCsvWriter.write(MetricTables.METHOD_COMPARISON_PROCESSES, processes, processFile);
        assertThat(CompareCsvReader.methodComparisonProcesses(processFile)).isEqualTo(processes);

        List<AreaName> areas =
                List.of(new AreaName("9901R001", "Centrum", "regso"), new AreaName("9901", "Exempelstad", null));
        Path areaFile = dir.resolve("area_names.csv");
        MetricCsvWriter.write(MetricTables.AREA_NAMES, areas, areaFile);
        assertThat(MetricCsvReader.areaNames(areaFile)).isEqualTo(areas);
    }

    @Test
    void anEmptyCellARowNeedsIsNamed() throws IOException {
        Path file = Files.writeString(
                dir.resolve("method_comparison_trend.csv"),
                "method,dimension,period,n_processes,mean_dissimilarity,median_dissimilarity\nm,age,2022,2,,0.1\n",
                StandardCharsets.UTF_8);
        assertThatThrownBy(() -> CompareCsvReader.methodTrend(file))
                .isInstanceOf(InputException.class)
                .extracting(e -> ((InputException) e).userMessage())
                .isEqualTo(file
                        + ":2:5 (column mean_dissimilarity): mean_dissimilarity is empty, but every row needs one");
    }

    @Test
    void aCellOfTheWrongTypeNamesFileLineAndColumn() throws IOException {
        Path file = Files.writeString(
                dir.resolve("dimension_summary.csv"),
                "process_id,stage,dimension,dissimilarity\np1,attended,age,0.2\np2,attended,age,lots\n",
                StandardCharsets.UTF_8);
        assertThatThrownBy(() -> MetricCsvReader.dimensionSummaries(file, d -> true))
                .isInstanceOf(InputException.class)
                .extracting(e -> ((InputException) e).userMessage())
                .isEqualTo(file + ":3:4 (column dissimilarity): 'lots' is not a number");
    }

    @Test
    void aMissingColumnIsNamed() throws IOException {
        Path file = Files.writeString(
                dir.resolve("process_summary.csv"), "process_id,method,stage\np1,x,y\n", StandardCharsets.UTF_8);
        assertThatThrownBy(() -> MetricCsvReader.processSummaries(file))
                .isInstanceOf(InputException.class)
                .hasMessageContaining("missing required column 'period'");
    }
}
