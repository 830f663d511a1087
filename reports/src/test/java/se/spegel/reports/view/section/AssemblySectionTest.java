package se.spegel.reports.view.section;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import se.spegel.reports.ConfLikeLabels;
import se.spegel.reports.ReportSettings;
import se.spegel.reports.text.ReportContext;
import se.spegel.reports.view.ReportView;
import se.spegel.schema.output.QuotaFulfilment;
import se.spegel.schema.output.SelectionFairness;
import se.spegel.schema.output.SelectionFairnessGroup;

class AssemblySectionTest {
    private final AssemblySection section =
            new AssemblySection(ReportContext.of(ConfLikeLabels.swedish(), ReportSettings.defaults()));

    private static QuotaFulfilment quota(String stage, String value, Long n, Boolean within) {
        return new QuotaFulfilment(
                "r", stage, "kön", value, 21.0, 24.0, 22.5, n, within, null, "gender", null, 1.0, null, 0.5, null, null,
                n == null);
    }

    @Test
    void aQuotaTheDrawMetButTheAttendeesMissedIsFlaggedAsMissedAfterDropOuts() {
        List<QuotaFulfilment> rows = List.of(
                quota("responded", "Kvinna", 99L, null),
                quota("selected", "Kvinna", 23L, true),
                quota("attended", "Kvinna", 21L, true),
                quota("responded", "Man", 81L, null),
                quota("selected", "Man", 22L, true),
                quota("attended", "Man", 19L, false));
        ReportView.AssemblyView view = section.view(rows, List.of(), List.of());
        // the test's labels know "attended" (Deltog) but not "selected", which then shows as its code
        assertThat(view.stageHeaders()).containsExactly("selected", "Deltog");
        assertThat(view.poolStage()).isEqualTo("responded");
        ReportView.QuotaRowView men = view.rows().get(1);
        assertThat(men.feature()).isEqualTo("Kön");
        assertThat(men.pool()).isEqualTo("81");
        assertThat(men.stages()).containsExactly("22", "19");
        assertThat(men.droppedOut()).isEqualTo("3"); // 22 selected, 19 attended
        assertThat(men.quota()).isEqualTo("21–24 (22,5)");
        assertThat(men.missedAfterDropOuts()).isTrue();
        assertThat(men.status()).isEqualTo("Missad efter avhopp");
        assertThat(view.rows().get(0).status()).isEqualTo("Höll");
        assertThat(view.lead())
                .containsExactly(
                        "1 av 2 kvoter höll i sista steget (Deltog).",
                        "1 kvoter som de utvalda uppfyllde (selected) missades efter avhopp.");
    }

    @Test
    void aWithheldCountLeavesTheQuotaUnknownAndSaysWhy() {
        List<QuotaFulfilment> rows = List.of(
                quota("responded", "Annat", 2L, null),
                quota("selected", "Annat", null, null),
                quota("attended", "Annat", null, null));
        ReportView.AssemblyView view = section.view(rows, List.of(), List.of());
        assertThat(view.rows().get(0).status()).isEqualTo("Okänt");
        assertThat(view.rows().get(0).stages()).containsExactly("×", "×");
        assertThat(view.notes()).anyMatch(n -> n.startsWith("Antal under 5"));
    }

    @Test
    void selectionChancesAreSpokenAsPercentages() {
        ReportView.AssemblyView view = section.view(
                List.of(),
                List.of(new SelectionFairness("r", 180L, 0.185, 1.0, 0.25, 0.189, 0.0, 45.0)),
                List.of(new SelectionFairnessGroup("r", "gender", "man", 81L, 0.2716, 0.0642, 0.01745, false)));
        assertThat(view.fairness().facts())
                .contains("Chansen att lottas in låg mellan 18,5\u00a0% och 100,0\u00a0% (medel 25,0\u00a0%).");
        assertThat(view.fairness().groups().get(0).category()).isEqualTo("Män");
        assertThat(view.fairness().groups().get(0).endToEnd()).isEqualTo("1,75\u00a0%");
    }
}
