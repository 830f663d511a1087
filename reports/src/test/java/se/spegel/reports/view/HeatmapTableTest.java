package se.spegel.reports.view;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import se.spegel.reports.model.ProcessMetrics;
import se.spegel.schema.output.CategoryGap;

/** The heat map's pivot: category × process, withheld and missing cells told apart, ids never column names. */
class HeatmapTableTest {

    private static CategoryGap gap(String process, String dimension, String category, Double ratio, boolean withheld) {
        return new CategoryGap(
                process,
                "open_meeting",
                "attended",
                dimension,
                category,
                withheld ? null : 10.0,
                null,
                null,
                null,
                null,
                null,
                null,
                ratio,
                null,
                null,
                null,
                withheld);
    }

    @Test
    void pivotsRatiosPerCategoryAndProcessAndTellsWithheldFromMissing() {
        // a process id that is also a column name of the pivot must not matter
        ProcessMetrics first = new ProcessMetrics(
                "category",
                List.of(
                        gap("category", "age", "16-24", 0.5, false),
                        gap("category", "age", "25-34", null, true),
                        gap("category", "gender", "kvinna", 1.25, false)),
                List.of(),
                List.of());
        ProcessMetrics second = new ProcessMetrics(
                "ratio",
                List.of(gap("ratio", "age", "16-24", 2.0, false), gap("ratio", "age", "annat", null, false)),
                List.of(),
                List.of());
        HeatmapTable table = HeatmapTable.of(List.of(first, second));

        HeatmapTable.Pivot age = table.pivot("age");
        assertThat(age.ratio("16-24", 0)).isEqualTo(0.5);
        assertThat(age.ratio("16-24", 1)).isEqualTo(2.0);
        assertThat(age.isWithheld("25-34", 0)).isTrue();
        assertThat(age.ratio("25-34", 0)).isNull();
        assertThat(age.isWithheld("25-34", 1)).isFalse();
        assertThat(age.hasRow("25-34", 1)).isFalse();
        assertThat(age.hasRow("annat", 1)).isTrue();
        assertThat(age.ratio("annat", 1)).isNull();

        HeatmapTable.Pivot gender = table.pivot("gender");
        assertThat(gender.ratio("kvinna", 0)).isEqualTo(1.25);
        assertThat(gender.ratio("kvinna", 1)).isNull();
        assertThat(gender.isWithheld("kvinna", 1)).isFalse();
    }
}
