package se.spegel.reports.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
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
  void unlistedCategoriesFollowConfiguredOnesAlphabeticallyWithNumbersAsNumbers() {
    CategoryOrder order = new CategoryOrder(List.of("man", "kvinna"));
    assertThat(Stream.of("b", "kvinna", "a", "man").sorted(order)).containsExactly("man", "kvinna", "a", "b");
    CategoryOrder unconfigured = new CategoryOrder(List.of());
    assertThat(Stream.of("85+", "16-24", "5-15").sorted(unconfigured)).containsExactly("5-15", "16-24", "85+");
  }

  @Test
  void intersectionCategoriesJoinTheirPartsLabels() {
    CategoryLabel label = new CategoryLabel(ConfLikeLabels.swedish());
    assertThat(label.of("age×gender", "25-34×kvinna")).isEqualTo("25–34 år, Kvinnor");
    assertThat(label.dimension("age×gender")).isEqualTo("Ålder × Kön");
  }
}
