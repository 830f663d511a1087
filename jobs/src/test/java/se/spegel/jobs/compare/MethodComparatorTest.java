package se.spegel.jobs.compare;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import se.spegel.schema.output.CategoryGap;
import se.spegel.schema.output.ChanceBaseline;
import se.spegel.schema.output.DimensionSummary;
import se.spegel.schema.output.MethodComparison;
import se.spegel.schema.output.MethodComparisonProcess;
import se.spegel.schema.output.MethodGroupReach;
import se.spegel.schema.output.MethodTrend;
import se.spegel.schema.output.ProcessSummary;

/**
 * Three open meetings and two assemblies, values chosen so that every expected figure is worked out
 * by hand in the comments.
 */
class MethodComparatorTest {

    private static final ComparisonSettings SETTINGS = new ComparisonSettings(2000, 11, 0.95);

    private final List<ProcessSummary> stages = new ArrayList<>();
    private final List<DimensionSummary> dims = new ArrayList<>();
    private final List<CategoryGap> gaps = new ArrayList<>();

    MethodComparatorTest() {
        process("om1", "open_meeting", 2022, "attended", 0);
        process("om2", "open_meeting", 2022, "attended", 0);
        process("om3", "open_meeting", 2023, "attended", 0);
        process("ca1", "citizens_assembly", 2022, "invited", 0);
        process("ca1", "citizens_assembly", 2022, "attended", 3);
        process("ca2", "citizens_assembly", 2023, "attended", 3);
        process("ca2", "citizens_assembly", 2023, "invited", 0);
        d("om1", "attended", "age", 0.1);
        d("om2", "attended", "age", 0.2);
        d("om3", "attended", "age", 0.6);
        d("ca1", "invited", "age", 0.01); // an earlier stage: not compared
        d("ca1", "attended", "age", 0.05);
        d("ca2", "attended", "age", 0.07);
        d("ca2", "invited", "age", 0.02);
        d("om1", "attended", "gender", 0.04);
        d("om2", "attended", "gender", null); // no D (no participants answered): left out
        // group 16-24: om1 significantly under, om2 under but not significant, om3 withheld
        gap("om1", "attended", "age", "16-24", 0.12, -10.0, 0.4, true, false);
        gap("om2", "attended", "age", "16-24", 0.12, -3.0, 0.8, false, false);
        gap("om3", "attended", "age", "16-24", 0.12, null, null, null, true);
        gap("ca1", "attended", "age", "16-24", 0.12, -1.0, 0.95, false, false);
        gap("ca2", "attended", "age", "16-24", 0.12, 2.0, 1.1, false, false);
        gap("ca1", "invited", "age", "16-24", 0.12, -9.0, 0.3, true, false); // earlier stage: ignored
        // group 65+: om1 and om2 significantly over
        gap("om1", "attended", "age", "65+", 0.2, 12.0, 1.6, true, false);
        gap("om2", "attended", "age", "65+", 0.2, 8.0, 1.4, true, false);
        // an answer without population counterpart is nobody's group
        gap("om1", "attended", "gender", "annat", null, null, null, null, false);
    }

    @Test
    void meanMedianAndRangeOfDPerMethodAndDimension() {
        MethodComparisonTables tables = new MethodComparator(SETTINGS).compare(stages, dims, gaps);
        MethodComparison meetings = row(tables, "open_meeting", "age");
        assertThat(meetings.nProcesses()).isEqualTo(3);
        assertThat(meetings.meanDissimilarity()).isCloseTo((0.1 + 0.2 + 0.6) / 3, within(1e-12)); // 0.3
        assertThat(meetings.medianDissimilarity()).isEqualTo(0.2);
        assertThat(meetings.minDissimilarity()).isEqualTo(0.1);
        assertThat(meetings.maxDissimilarity()).isEqualTo(0.6);
        assertThat(meetings.meanDissimilarityCiLow()).isBetween(0.1, 0.3);
        assertThat(meetings.meanDissimilarityCiHigh()).isBetween(0.3, 0.6);
        assertThat(meetings.bootstrapSamples()).isEqualTo(2000);
        assertThat(meetings.bootstrapSeed()).isEqualTo(11);
        assertThat(meetings.ciLevel()).isEqualTo(0.95);

        MethodComparison assemblies = row(tables, "citizens_assembly", "age");
        assertThat(assemblies.nProcesses()).isEqualTo(2); // final stage only, never "invited"
        assertThat(assemblies.meanDissimilarity()).isCloseTo(0.06, within(1e-12));
        assertThat(assemblies.medianDissimilarity()).isCloseTo(0.06, within(1e-12));

        assertThat(row(tables, "open_meeting", "gender").nProcesses()).isEqualTo(1);
        // methods in contract order (open meeting before assembly), dimensions as they first appear
        assertThat(tables.comparison())
                .extracting(r -> r.method() + "/" + r.dimension())
                .containsExactly("open_meeting/age", "open_meeting/gender", "citizens_assembly/age");
        assertThat(tables.processes()).hasSize(6);
        assertThat(tables.processCount()).isEqualTo(5);
        assertThat(tables.processes()).allMatch(p -> p.stage().equals("attended"));
    }

    @Test
    void shareOfProcessesInWhichAGroupIsSignificantlyUnderRepresented() {
        List<MethodGroupReach> groups =
                new MethodComparator(SETTINGS).compare(stages, dims, gaps).groups();
        MethodGroupReach young = group(groups, "open_meeting", "16-24");
        assertThat(young.nProcesses()).isEqualTo(3);
        assertThat(young.nWithheld()).isEqualTo(1);
        assertThat(young.nTested()).isEqualTo(2); // the withheld row has no test result
        assertThat(young.nUnder()).isEqualTo(1);
        assertThat(young.shareUnder()).isEqualTo(0.5); // 1 of 2
        assertThat(young.nOver()).isZero();
        assertThat(young.medianRatio()).isCloseTo(0.6, within(1e-12)); // median of 0.4 and 0.8
        MethodGroupReach youngInAssemblies = group(groups, "citizens_assembly", "16-24");
        assertThat(youngInAssemblies.shareUnder()).isEqualTo(0.0);
        assertThat(youngInAssemblies.nTested()).isEqualTo(2); // the invited row does not count
        assertThat(youngInAssemblies.medianRatio()).isCloseTo(1.025, within(1e-12));
        MethodGroupReach old = group(groups, "open_meeting", "65+");
        assertThat(old.nOver()).isEqualTo(2);
        assertThat(old.shareOver()).isEqualTo(1.0);
        assertThat(old.shareUnder()).isEqualTo(0.0);
        assertThat(groups).noneMatch(g -> g.category().equals("annat"));
    }

    @Test
    void methodsAreRankedPerGroupByTheirMedianRatio() {
        List<MethodGroupReach> groups =
                new MethodComparator(SETTINGS).compare(stages, dims, gaps).groups();
        assertThat(group(groups, "citizens_assembly", "16-24").rank()).isEqualTo(1); // median ratio 1.025
        assertThat(group(groups, "open_meeting", "16-24").rank()).isEqualTo(2); // 0.6
        assertThat(group(groups, "open_meeting", "65+").rank()).isEqualTo(1); // the only method with 65+
    }

    @Test
    void equalRatiosAreRankedByShareUnderAndFullTiesShareARank() {
        List<MethodGroupReach> ranked = GroupReach.ranked(List.of(
                reach("open_meeting", 0.5, 0.7),
                reach("participatory_budget", 0.2, 0.7),
                reach("citizens_assembly", 0.0, 1.0),
                reach("survey", 0.5, 0.7),
                reach("other", 0.0, null)));
        assertThat(ranked).extracting(MethodGroupReach::rank).containsExactly(3, 2, 1, 3, null);
    }

    @Test
    void aGroupMostProcessesWithheldHasNoMedianRatioAndNoRank() {
        // three of four meetings withheld their few 85+ participants; the fourth had none (ratio 0):
        // the median of the published ratios (0) would say "never reached"
        for (String id : List.of("om1", "om2", "om3")) {
            gap(id, "attended", "age", "85+", 0.03, null, null, null, true);
        }
        process("om4", "open_meeting", 2023, "attended", 0);
        gap("om4", "attended", "age", "85+", 0.03, -3.0, 0.0, false, false);
        MethodGroupReach old =
                group(new MethodComparator(SETTINGS).compare(stages, dims, gaps).groups(), "open_meeting", "85+");
        assertThat(old.nProcesses()).isEqualTo(4);
        assertThat(old.nWithheld()).isEqualTo(3);
        assertThat(old.medianRatio()).isNull();
        assertThat(old.rank()).isNull();
        assertThat(old.shareUnder()).isEqualTo(0.0); // 0 of 1 tested
    }

    @Test
    void trendByYearCountsProcessesAndAveragesD() {
        List<MethodTrend> trend =
                new MethodComparator(SETTINGS).compare(stages, dims, gaps).trend();
        assertThat(trend)
                .filteredOn(
                        t -> t.method().equals("open_meeting") && t.dimension().equals("age"))
                .extracting(MethodTrend::period, MethodTrend::nProcesses)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(2022, 2), org.assertj.core.groups.Tuple.tuple(2023, 1));
        MethodTrend y2022 = trend.stream()
                .filter(t -> t.method().equals("open_meeting") && t.dimension().equals("age") && t.period() == 2022)
                .findFirst()
                .orElseThrow();
        assertThat(y2022.meanDissimilarity()).isCloseTo(0.15, within(1e-12)); // (0.1 + 0.2) / 2
        assertThat(y2022.medianDissimilarity()).isCloseTo(0.15, within(1e-12));
    }

    @Test
    void sameSeedSameOutputAndACellsIntervalsDoNotDependOnOtherMethods() {
        MethodComparisonTables first = new MethodComparator(SETTINGS).compare(stages, dims, gaps);
        MethodComparisonTables again = new MethodComparator(SETTINGS).compare(stages, dims, gaps);
        assertThat(again).isEqualTo(first);
        List<ProcessSummary> meetingsOnly =
                stages.stream().filter(s -> s.method().equals("open_meeting")).toList();
        MethodComparisonTables alone = new MethodComparator(SETTINGS).compare(meetingsOnly, dims, gaps);
        assertThat(row(alone, "open_meeting", "age")).isEqualTo(row(first, "open_meeting", "age"));
        MethodComparisonTables otherSeed =
                new MethodComparator(new ComparisonSettings(2000, 12, 0.95)).compare(stages, dims, gaps);
        assertThat(row(otherSeed, "open_meeting", "age")).isNotEqualTo(row(first, "open_meeting", "age"));
    }

    @Test
    void sizeFairSummaryAveragesTheExcessOverChanceAndShowsTheProcessesSizes() {
        // two assemblies of 40 (D 0.16 at a chance level of 0.16: excess 0) and a budget of 4 000 (D 0.06,
        // chance 0.01: excess 0.05): raw D ranks the budget first, the excess the assemblies
        List<ProcessSummary> sized = new ArrayList<>();
        List<DimensionSummary> judged = new ArrayList<>();
        for (String id : List.of("ca1", "ca2")) {
            sized.add(new ProcessSummary(
                    id,
                    id,
                    "citizens_assembly",
                    "1480",
                    "G",
                    2024,
                    16,
                    null,
                    "attended",
                    3,
                    40.0,
                    0L,
                    0L,
                    null,
                    null,
                    null));
            judged.add(new DimensionSummary(
                            id,
                            null,
                            "attended",
                            "age",
                            40L,
                            0L,
                            0L,
                            0.16,
                            null,
                            null,
                            null,
                            null,
                            null,
                            null,
                            null,
                            null,
                            null,
                            null,
                            null)
                    .withChance(new ChanceBaseline(0.16, 0.5, 0.5, 0.0, 0.06, 0.0, 0.2, "as_chance")));
        }
        sized.add(new ProcessSummary(
                "pb1",
                "pb1",
                "participatory_budget",
                "1480",
                "G",
                2024,
                16,
                null,
                "voted",
                0,
                4000.0,
                0L,
                0L,
                null,
                null,
                null));
        judged.add(new DimensionSummary(
                        "pb1", null, "voted", "age", 4000L, 0L, 0L, 0.06, null, null, null, null, null, null, null,
                        null, null, null, null)
                .withChance(new ChanceBaseline(0.01, 0.0005, 1.0, 0.05, 0.058, 0.05, 0.066, "worse_moderate")));
        MethodComparisonTables tables = new MethodComparator(SETTINGS).compare(sized, judged, List.of());
        MethodComparison assemblies = row(tables, "citizens_assembly", "age");
        MethodComparison budgets = row(tables, "participatory_budget", "age");
        assertThat(assemblies.meanDissimilarity()).isGreaterThan(budgets.meanDissimilarity());
        assertThat(assemblies.meanExcess()).isEqualTo(0.0);
        assertThat(budgets.meanExcess()).isCloseTo(0.05, within(1e-15));
        assertThat(assemblies.meanCorrected()).isCloseTo(0.06, within(1e-15));
        assertThat(assemblies.medianN()).isEqualTo(40.0);
        assertThat(budgets.maxN()).isEqualTo(4000.0);
        assertThat(assemblies.nWorse()).isZero();
        assertThat(budgets.nWorse()).isEqualTo(1);
        assertThat(tables.processes())
                .filteredOn(p -> p.processId().equals("pb1"))
                .extracting(MethodComparisonProcess::verdict)
                .containsExactly("worse_moderate");
    }

    private void process(String id, String method, int period, String stage, int stageIndex) {
        stages.add(new ProcessSummary(
                id,
                id,
                method,
                "1480",
                "Göteborg",
                period,
                16,
                null,
                stage,
                stageIndex,
                100.0,
                0L,
                0L,
                null,
                null,
                null));
    }

    private void d(String id, String stage, String dimension, Double dissimilarity) {
        dims.add(new DimensionSummary(
                id,
                null,
                stage,
                dimension,
                100L,
                0L,
                0L,
                dissimilarity,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null));
    }

    private void gap(
            String id,
            String stage,
            String dimension,
            String category,
            Double popShare,
            Double gapPp,
            Double ratio,
            Boolean significant,
            boolean suppressed) {
        gaps.add(new CategoryGap(
                id,
                null,
                stage,
                dimension,
                category,
                null,
                null,
                null,
                null,
                null,
                popShare,
                gapPp,
                ratio,
                null,
                null,
                significant,
                suppressed));
    }

    private static MethodGroupReach reach(String method, Double shareUnder, Double medianRatio) {
        return new MethodGroupReach(method, "age", "16-24", 2, 2, 0, shareUnder, 0, 0.0, 0, medianRatio, null);
    }

    private static MethodComparison row(MethodComparisonTables tables, String method, String dimension) {
        return tables.comparison().stream()
                .filter(r -> r.method().equals(method) && r.dimension().equals(dimension))
                .findFirst()
                .orElseThrow();
    }

    private static MethodGroupReach group(List<MethodGroupReach> groups, String method, String category) {
        return groups.stream()
                .filter(g -> g.method().equals(method) && g.category().equals(category))
                .findFirst()
                .orElseThrow();
    }
}
