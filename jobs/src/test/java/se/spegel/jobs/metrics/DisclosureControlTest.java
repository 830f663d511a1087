package se.spegel.jobs.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import se.spegel.schema.output.CategoryGap;

class DisclosureControlTest {
    private final DisclosureControl control = new DisclosureControl(5);

    @Test
    void suppressesCountsBelowFiveAndTheNextSmallestSoNoneCanBeRecoveredBySubtraction() {
        // 20 + 7 + 3 = 30 = n_valid: 3 alone could be recovered as 30 - 20 - 7, so 7 goes too
        List<CategoryGap> out = apply(Map.of("a", 20L, "b", 7L, "c", 3L), "a", "b", "c");
        assertThat(out).extracting(CategoryGap::suppressed).containsExactly(false, true, true);
        assertThat(out.get(1).n()).isNull();
        assertThat(out.get(1).share()).isNull();
        assertThat(out.get(1).gapPp()).isNull();
        assertThat(out.get(1).pValue()).isNull();
        assertThat(out.get(1).popCount()).isEqualTo(1000L);
        assertThat(out.get(0).n()).isEqualTo(20.0);
    }

    @Test
    void twoSmallCellsProtectEachOther() {
        List<CategoryGap> out = apply(Map.of("a", 20L, "b", 2L, "c", 4L), "a", "b", "c");
        assertThat(out).extracting(CategoryGap::suppressed).containsExactly(false, true, true);
    }

    @Test
    void zeroAndFiveArePublished() {
        List<CategoryGap> out = apply(Map.of("a", 20L, "b", 5L, "c", 0L), "a", "b", "c");
        assertThat(out).extracting(CategoryGap::suppressed).containsExactly(false, false, false);
        assertThat(out.get(2).n()).isEqualTo(0.0);
    }

    @Test
    void categoryWithoutPopulationCounterpartIsSuppressedWithinItsOwnTotal() {
        // one non-binary answer: suppressed; it is not part of n_valid (30 + 12), so the
        // women and men stay published
        List<CategoryGap> rows = new java.util.ArrayList<>(apply(Map.of("kvinna", 30L, "man", 12L), "kvinna", "man"));
        rows.add(new CategoryGap("p", "open_meeting", "attended", "gender", "annat", 1.0, null, null, null, null,
                null, null, null, null, null, null, null));
        List<CategoryGap> out = control.apply(rows, Map.of("kvinna", 30L, "man", 12L, "annat", 1L));
        assertThat(out).extracting(CategoryGap::suppressed).containsExactly(false, false, true);
    }

    @Test
    void processStageCountsBelowFiveAreWithheldWithTheirComplement() {
        // 82 participants: 79 in scope, 3 living elsewhere; 3 is withheld, and so is the
        // next smallest part (79), since 82 - 79 would give it back; the total stays
        se.spegel.schema.output.ProcessSummary summary = new se.spegel.schema.output.ProcessSummary("p", "Möte",
                "open_meeting", "9901", "Exempelstad", 2024, 16, null, "attended", 0, 82.0, 3L, 0L, 0.2, null, null);
        se.spegel.schema.output.ProcessSummary out = control.apply(summary, 79);
        assertThat(out.n()).isEqualTo(82.0);
        assertThat(out.nOutsideArea()).isNull();
        assertThat(out.nOutsideEligibility()).isZero();
    }

    @Test
    void aStageOfFewerThanFivePeopleIsWithheldWhole() {
        se.spegel.schema.output.ProcessSummary summary = new se.spegel.schema.output.ProcessSummary("p", "Råd",
                "citizens_assembly", "9901", "Exempelstad", 2024, 16, null, "attended", 3, 4.0, 0L, 0L, 0.2, null, null);
        assertThat(control.apply(summary, 4).n()).isNull();
    }

    /** Rows whose n is the head count (no weights), in the given order. */
    private List<CategoryGap> apply(Map<String, Long> heads, String... categories) {
        List<CategoryGap> rows = java.util.Arrays.stream(categories)
                .map(c -> new CategoryGap("p", "open_meeting", "attended", "gender", c, (double) heads.get(c), 0.1,
                        0.05, 0.2, 1000L, 0.3, -20.0, 0.33, 1.0, 0.01, true, null))
                .toList();
        return control.apply(rows, heads);
    }
}
