package se.spegel.reports.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.spegel.reports.ConfLikeLabels;
import se.spegel.reports.InvalidMetricsException;
import se.spegel.reports.ReportRenderer;
import se.spegel.reports.ReportSettings;
import se.spegel.schema.output.CategoryGap;
import se.spegel.schema.output.ProcessSummary;

class MetricsCsvReaderTest {

    @TempDir
    Path dir;

    private void write(String file, String content) throws Exception {
        Files.writeString(dir.resolve(file), content);
    }

    private void writeMinimalTables(String gapRows) throws Exception {
        write(
                "category_gaps.csv",
                "process_id,method,stage,dimension,category,n,share,share_ci_low,share_ci_high,"
                        + "pop_count,pop_share,gap_pp,ratio,per_1000,p_value,significant,suppressed\n" + gapRows);
        write("dimension_summary.csv", "process_id,method,stage,dimension,n_valid,dissimilarity\n");
        write(
                "process_summary.csv",
                "process_id,name,method,period,stage,stage_index,n\n" + "p,Namn,open_meeting,2024,attended,0,10\n");
    }

    @Test
    void emptyCellsAreNotComputedAndCodesKeepTheirSpelling() throws Exception {
        writeMinimalTables("p,open_meeting,attended,gender,annat,2,,,,,,,,,,,false\n"
                + "p,open_meeting,attended,district,01,NA,,,,,,,,,,,\n".replace(",NA,", ",3,"));
        MetricTables tables = new MetricsCsvReader().read(dir);
        CategoryGap other = tables.categoryGaps().get(0);
        assertThat(other.n()).isEqualTo(2.0);
        assertThat(other.popShare()).isNull();
        assertThat(MetricRows.hasCounterpart(other)).isFalse();
        assertThat(tables.categoryGaps().get(1).category()).isEqualTo("01");
    }

    @Test
    void theFunnelAgainstChanceAndResponseIndicatorsAreReadWhenPresentAndEmptyWhenNot() throws Exception {
        writeMinimalTables("");
        assertThat(new MetricsCsvReader().read(dir).stageChanges()).isEmpty();
        assertThat(new MetricsCsvReader().read(dir).responseIndicators()).isEmpty();
        write(
                "process_summary.csv",
                "process_id,name,method,period,stage,stage_index,n,stage_change_expected_dissimilarity,"
                        + "stage_change_p_worse,stage_change_p_better,stage_change_verdict\n"
                        + "p,Namn,m,2024,responded,1,10,0.055,0.0005,1,worse_than_chance\n");
        write(
                "stage_changes.csv",
                "process_id,method,stage,stage_index,previous_stage,dimension,dissimilarity,"
                        + "previous_dissimilarity,stage_change_expected_dissimilarity,stage_change_p_worse,stage_change_p_better,"
                        + "stage_change_verdict\np,m,responded,1,invited,age,0.17,0.02,0.076,0.0005,1,worse_than_chance\n");
        write(
                "response_indicators.csv",
                "process_id,method,stage,model,variable,category,partial_unconditional,"
                        + "partial_unconditional_se,partial_conditional,partial_conditional_se,response_rate,propensity_cv,"
                        + "propensity_cv_se,suppressed\np,m,responded,age×gender,age,,0.03,0.005,0.032,0.005,0.07,0.46,0.06,false\n"
                        + "p,m,responded,age×gender,age,85+,,,,,0.07,0.46,0.06,true\n");
        MetricTables tables = new MetricsCsvReader().read(dir);
        ProcessSummary stage = tables.processStages().get(0);
        assertThat(stage.stageChangeVerdict()).isEqualTo("worse_than_chance");
        assertThat(stage.stageChangeExpectedDissimilarity()).isEqualTo(0.055);
        assertThat(tables.stageChanges()).singleElement().satisfies(c -> {
            assertThat(c.previousStage()).isEqualTo("invited");
            assertThat(c.stageChangeExpectedDissimilarity()).isEqualTo(0.076);
        });
        assertThat(tables.responseIndicators()).hasSize(2);
        assertThat(tables.responseIndicators().get(0).category()).isNull();
        assertThat(tables.responseIndicators().get(0).partialConditional()).isEqualTo(0.032);
        assertThat(tables.responseIndicators().get(1).suppressed()).isTrue();
        assertThat(tables.forProcess("p").responseIndicators()).hasSize(2);
    }

    @Test
    void formulaEscapeQuoteIsStrippedOnlyBeforeAFormulaCharacter() throws Exception {
        writeMinimalTables("p,m,attended,origin,'=SUM(A1),5,,,,,,,,,,,\n"
                + "p,m,attended,origin,'@x,5,,,,,,,,,,,\n"
                + "p,m,attended,origin,''=x,5,,,,,,,,,,,\n"
                + "p,m,attended,origin,'plain,5,,,,,,,,,,,\n");
        MetricTables tables = new MetricsCsvReader().read(dir);
        // ''=x is how the writer escapes the text '=x (data-schema's CsvCells): one quote comes off
        assertThat(tables.categoryGaps())
                .extracting(CategoryGap::category)
                .containsExactly("=SUM(A1)", "@x", "'=x", "'plain");
    }

    @Test
    void missingTableIsReportedByName() throws Exception {
        writeMinimalTables("");
        Files.delete(dir.resolve("dimension_summary.csv"));
        assertThatThrownBy(() -> new MetricsCsvReader().read(dir))
                .isInstanceOf(InvalidMetricsException.class)
                .hasMessageContaining("dimension_summary.csv");
    }

    @Test
    void unreadableNumberNamesFileLineAndColumn() throws Exception {
        writeMinimalTables("p,m,attended,age,16-24,tolv,,,,,,,,,,,\n");
        assertThatThrownBy(() -> new MetricsCsvReader().read(dir))
                .isInstanceOf(InvalidMetricsException.class)
                .hasMessageContaining("category_gaps.csv:2:6 (column n)")
                .hasMessageContaining("'tolv'");
    }

    @Test
    void processIdsThatShareAFolderAreRefused(@TempDir Path out) throws Exception {
        write(
                "category_gaps.csv",
                "process_id,stage,dimension,category,pop_share,gap_pp,ratio,significant,suppressed\n");
        write("dimension_summary.csv", "process_id,stage,dimension,dissimilarity\n");
        write(
                "process_summary.csv",
                "process_id,name,method,period,stage,stage_index,n\n"
                        + "a b,A,m,2024,attended,0,10\na_b,B,m,2024,attended,0,10\n");
        assertThatThrownBy(() ->
                        new ReportRenderer(ConfLikeLabels.swedish(), ReportSettings.defaults()).renderAll(dir, out))
                .isInstanceOf(InvalidMetricsException.class)
                .hasMessageContaining("'a b'")
                .hasMessageContaining("'a_b'");
    }
}
