package se.spegel.jobs.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.spegel.reports.ReportLabels;
import se.spegel.schema.config.SpegelConfig;
import se.spegel.schema.output.CategoryOrder;

class ReportLabelsFromConfigTest {

    @Test
    void areaNamesLabelDistrictsButTheReportOrdersThemAsCategoryGapsDoes(@TempDir Path metrics) throws Exception {
        Files.writeString(
                metrics.resolve("area_names.csv"),
                "area_code,name,level\n9901R010,Norr,regso\n9901R002,Söder,regso\n9901R001,Centrum,regso\n");
        ReportLabels labels = ReportLabelsFromConfig.labels(SpegelConfig.defaults(), "sv", metrics);
        assertThat(labels.category("district", "9901R010")).isEqualTo("Norr");
        // the evaluate job sorts category_gaps with conf's codes listed (none for districts), so must the report
        assertThat(labels.categoryOrder("district"))
                .isEqualTo(SpegelConfig.defaults().dimension("district").order());
        List<String> codes = List.of("9901R010", "9901R002", "9901R001");
        assertThat(codes.stream().sorted(CategoryOrder.of(labels.categoryOrder("district"))))
                .containsExactlyElementsOf(
                        Stream.of("9901R001", "9901R002", "9901R010").toList());
    }

    @Test
    void confCategoriesAreListedInConfsOrder() throws Exception {
        ReportLabels labels = ReportLabelsFromConfig.labels(SpegelConfig.defaults(), "sv", Path.of("no-such-folder"));
        assertThat(labels.categoryOrder("gender"))
                .isEqualTo(SpegelConfig.defaults().dimension("gender").order());
    }
}
