package se.spegel.reports.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import se.spegel.reports.ConfLikeLabels;
import se.spegel.reports.MapReportLabels;

class MapReportLabelsTest {

    @Test
    void ageBandsGetYearLabelsInTheReportLanguage() {
        assertThat(new MapReportLabels("sv").category("age", "16-24")).isEqualTo("16–24 år");
        assertThat(new MapReportLabels("sv").category("age", "85+")).isEqualTo("85+ år");
        assertThat(new MapReportLabels("en").category("age", "16-24")).isEqualTo("16–24 years");
    }

    @Test
    void unknownCodesAreShownAsTheyAre() {
        MapReportLabels labels = ConfLikeLabels.swedish();
        assertThat(labels.category("gender", "x-okänd")).isEqualTo("x-okänd");
        assertThat(labels.dimension("income_band")).isEqualTo("income_band");
        assertThat(labels.method("survey")).isEqualTo("survey");
    }

    @Test
    void categoriesAreOrderedAsConfiguredPartByPartThenWithNumbersAsNumbers() {
        CategoryLabel label = new CategoryLabel(ConfLikeLabels.swedish());
        assertThat(Stream.of("annat", "man", "kvinna").sorted(label.order("gender")))
                .containsExactly("kvinna", "man", "annat");
        assertThat(Stream.of("25-34×man", "5-15×man", "25-34×kvinna").sorted(label.order("age×gender")))
                .containsExactly("25-34×kvinna", "25-34×man", "5-15×man");
    }

    @Test
    void intersectionCategoriesJoinTheirPartsLabels() {
        CategoryLabel label = new CategoryLabel(ConfLikeLabels.swedish());
        assertThat(label.of("age×gender", "25-34×kvinna")).isEqualTo("25–34 år, Kvinnor");
        assertThat(label.dimension("age×gender")).isEqualTo("Ålder × Kön");
    }
}
