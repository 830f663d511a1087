package se.spegel.jobs.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import se.spegel.schema.output.CategoryGap;
import se.spegel.schema.output.DimensionSummary;
import se.spegel.schema.output.ProcessSummary;

class DisclosureControlTest {
    private final DisclosureControl control = new DisclosureControl(5);

    @Test
    void aCountBelowFiveIsShownAsTheRangeItsShareLiesInAndNothingElseOfItsOwn() {
        // (perturbed) 30 + 7 + 3 = 40 = n_valid: the 3 is withheld, its share lies in 1/40 .. 4/40
        List<CategoryGap> out = apply(Map.of("a", 30L, "b", 7L, "c", 3L), 40, "a", "b", "c");
        assertThat(out).extracting(CategoryGap::suppressed).containsExactly(false, false, true);
        CategoryGap withheld = out.get(2);
        assertThat(withheld.n()).isNull();
        assertThat(withheld.share()).isNull();
        assertThat(withheld.gapPp()).isNull();
        assertThat(withheld.ratio()).isNull();
        assertThat(withheld.per1000()).isNull();
        assertThat(withheld.pValue()).isNull();
        assertThat(withheld.significant()).isNull();
        assertThat(withheld.shareCiLow()).isCloseTo(0.025, within(1e-12));
        assertThat(withheld.shareCiHigh()).isCloseTo(0.1, within(1e-12));
        assertThat(withheld.popCount()).isEqualTo(1000L);
        assertThat(withheld.popShare()).isEqualTo(0.3);
    }

    @Test
    void noOtherCellIsWithheldToProtectASmallOne() {
        // perturbed counts cannot be subtracted back to a true count: no complementary suppression
        List<CategoryGap> out = apply(Map.of("a", 20L, "b", 7L, "c", 3L), 30, "a", "b", "c");
        assertThat(out.get(1).n()).isEqualTo(7.0);
        assertThat(out.get(1).suppressed()).isFalse();
    }

    @Test
    void zeroAndFiveArePublished() {
        List<CategoryGap> out = apply(Map.of("a", 20L, "b", 5L, "c", 0L), 25, "a", "b", "c");
        assertThat(out).extracting(CategoryGap::suppressed).containsExactly(false, false, false);
        assertThat(out.get(2).n()).isEqualTo(0.0);
    }

    @Test
    void aWithheldGroupFarBelowItsPopulationShareIsTheWorstCategoryByTheSmallestGapItsRangeAllows() {
        // c: fewer than 5 of 40 (share at most 10 %) against 30 % of residents: at least 20 points below;
        // a is published 8 points off
        List<CategoryGap> gaps = List.of(
                row("a", 22.0, 0.55, 0.47, 8.0, false),
                withRange(row("c", null, null, null, null, true), 1 / 40.0, 4 / 40.0));
        DimensionSummary summary = new DimensionSummary(
                "p",
                "open_meeting",
                "attended",
                "gender",
                40L,
                3L,
                0L,
                0.2,
                0.1,
                5.0,
                1,
                0.02,
                0.3,
                3.0,
                "b",
                "pop.csv",
                null,
                null,
                0L);
        DimensionSummary out = control.apply(summary, gaps);
        assertThat(out.worstCategory()).isEqualTo("c");
        assertThat(out.maxAbsGapPp()).isCloseTo(20.0, within(1e-9));
        // n_missing of 3 is withheld, n_valid and the zero are not
        assertThat(out.nMissing()).isNull();
        assertThat(out.nValid()).isEqualTo(40L);
        assertThat(out.nOutsideUniverse()).isZero();
    }

    @Test
    void aProcessStageShowsItsTotalWheneverItIsAtLeastFiveAndBlanksOnlyTheSmallParts() {
        // a budget of 10 755 voters, 3 of them living elsewhere: the total stays
        ProcessSummary summary = new ProcessSummary(
                "p",
                "Budget",
                "participatory_budget",
                "9901",
                "Exempelstad",
                2024,
                16,
                null,
                "voted",
                0,
                10755.0,
                3L,
                0L,
                0.2,
                null,
                null);
        ProcessSummary out = control.apply(summary, 10755);
        assertThat(out.n()).isEqualTo(10755.0);
        assertThat(out.nOutsideArea()).isNull();
        assertThat(out.nOutsideEligibility()).isZero();
    }

    @Test
    void aStageOfFewerThanFivePeopleShowsNoTotalAndNoDimensionRows() {
        ProcessSummary summary = new ProcessSummary(
                "p",
                "Råd",
                "citizens_assembly",
                "9901",
                "Exempelstad",
                2024,
                16,
                null,
                "attended",
                3,
                4.0,
                0L,
                0L,
                0.2,
                null,
                null);
        assertThat(control.apply(summary, 4).n()).isNull();
        assertThat(control.publishesDimensions(4)).isFalse();
        assertThat(control.publishesDimensions(5)).isTrue();
        assertThat(control.publishesDimensions(0)).isTrue();
    }

    @Test
    void aThresholdOfOneWithholdsNothing() {
        DisclosureControl off = new DisclosureControl(1);
        List<CategoryGap> rows = List.of(row("a", 1.0, 0.5, 0.2, 20.0, null));
        assertThat(off.apply(rows, Map.of("a", 1L), 2))
                .extracting(CategoryGap::n)
                .containsExactly(1.0);
        assertThat(off.table().protects()).isFalse();
    }

    private static CategoryGap withRange(CategoryGap g, double low, double high) {
        return new CategoryGap(
                g.processId(),
                g.method(),
                g.stage(),
                g.dimension(),
                g.category(),
                null,
                null,
                low,
                high,
                g.popCount(),
                g.popShare(),
                null,
                null,
                null,
                null,
                null,
                true);
    }

    private static CategoryGap row(
            String category, Double n, Double share, Double popShare, Double gap, Boolean suppressed) {
        return new CategoryGap(
                "p",
                "open_meeting",
                "attended",
                "gender",
                category,
                n,
                share,
                null,
                null,
                1000L,
                popShare == null ? 0.3 : popShare,
                gap,
                null,
                null,
                null,
                null,
                suppressed);
    }

    /** Rows whose n is the head count (no weights), in the given order. */
    private List<CategoryGap> apply(Map<String, Long> heads, long nValid, String... categories) {
        List<CategoryGap> rows = java.util.Arrays.stream(categories)
                .map(c -> new CategoryGap(
                        "p",
                        "open_meeting",
                        "attended",
                        "gender",
                        c,
                        (double) heads.get(c),
                        0.1,
                        0.05,
                        0.2,
                        1000L,
                        0.3,
                        -20.0,
                        0.33,
                        1.0,
                        0.01,
                        true,
                        null))
                .toList();
        return control.apply(rows, heads, nValid);
    }
}
