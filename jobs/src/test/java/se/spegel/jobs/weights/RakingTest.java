package se.spegel.jobs.weights;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RakingTest {
    private static final RakingSettings DEFAULTS = RakingSettings.defaults();

    /** Cells of a two-way table: rows are the first dimension, columns the second. */
    private static List<RakingCell> table(double[][] seed) {
        List<RakingCell> cells = new ArrayList<>();
        for (int i = 0; i < seed.length; i++) {
            for (int j = 0; j < seed[i].length; j++) {
                cells.add(new RakingCell(List.of("r" + i, "c" + j), Math.round(seed[i][j]), seed[i][j]));
            }
        }
        return cells;
    }

    private static RakingMargin margin(String dimension, String prefix, double... counts) {
        Map<String, Double> population = new LinkedHashMap<>();
        for (int k = 0; k < counts.length; k++) {
            population.put(prefix + k, counts[k]);
        }
        return new RakingMargin(dimension, population);
    }

    /** The fitted two-way table, rescaled from the participants' total to the margins' total. */
    private static double[][] fitted(RakingResult result, int rows, int columns, double marginTotal, double seedTotal) {
        double[][] x = new double[rows][columns];
        for (int c = 0; c < rows * columns; c++) {
            x[c / columns][c % columns] = result.cellWeights()[c] * marginTotal / seedTotal;
        }
        return x;
    }

    @Test
    void weightedMarginsMatchThePopulationWithinTheTolerance() {
        // 3 age bands x 2 genders, participants skewed towards the old and women
        double[][] seed = {{5, 3}, {20, 12}, {40, 20}};
        RakingMargin age = margin("age", "r", 3000, 5000, 2000);
        RakingMargin gender = margin("gender", "c", 4900, 5100);
        RakingResult result = Raking.rake(List.of(age, gender), table(seed), DEFAULTS);

        assertThat(result.converged()).isTrue();
        assertThat(result.maxMarginError()).isLessThanOrEqualTo(1e-6);
        double[][] x = fitted(result, 3, 2, 1, 1);
        double total = 100; // raking keeps the participants' total weight
        assertThat((x[0][0] + x[0][1]) / total).isCloseTo(0.3, within(1e-6));
        assertThat((x[1][0] + x[1][1]) / total).isCloseTo(0.5, within(1e-6));
        assertThat((x[2][0] + x[2][1]) / total).isCloseTo(0.2, within(1e-6));
        assertThat((x[0][0] + x[1][0] + x[2][0]) / total).isCloseTo(0.49, within(1e-6));
        assertThat((x[0][1] + x[1][1] + x[2][1]) / total).isCloseTo(0.51, within(1e-6));
    }

    /**
     * The raking example of Klemens, "Modeling with Data" (Princeton UP, 2008): a survey table
     * [[7, 9], [12, 7]] raked to census margins rows (5, 15), columns (10, 10). IPF keeps the
     * seed's cross-product ratio (Mosteller 1968, JASA 63:1–28; Bishop, Fienberg &amp; Holland
     * 1975, §3.6), so the fitted cell x11 = a solves a(5 + a) / ((5 − a)(10 − a)) = 7·7 / (9·12),
     * i.e. 59a² + 1275a − 2450 = 0, a = (−1275 + √2 203 825) / 118 = 1.775666…
     */
    @Test
    void klemensTwoByTwoExampleKeepsTheSeedsOddsRatio() {
        double a = (-1275 + Math.sqrt(1275.0 * 1275 + 4 * 59 * 2450)) / 118;
        assertThat(a).isCloseTo(1.775666, within(1e-6));
        RakingResult result = Raking.rake(
                List.of(margin("row", "r", 5, 15), margin("col", "c", 10, 10)),
                table(new double[][] {{7, 9}, {12, 7}}),
                new RakingSettings(1e-12, 1000, null, null));
        double[][] x = fitted(result, 2, 2, 20, 35);
        assertThat(x[0][0]).isCloseTo(a, within(1e-9));
        assertThat(x[0][1]).isCloseTo(5 - a, within(1e-9));
        assertThat(x[1][0]).isCloseTo(10 - a, within(1e-9));
        assertThat(x[1][1]).isCloseTo(5 + a, within(1e-9));
    }

    /**
     * The worked example of Wikipedia's "Iterative proportional fitting" article (section
     * Example; the same seed and targets as the ipfn package's README): a 4×4 seed raked to row
     * targets (150, 300, 400, 150) and column targets (200, 300, 400, 100). The IPF solution is
     * the unique table with these margins whose every 2×2 cross-product ratio equals the seed's
     * (Bishop, Fienberg &amp; Holland 1975, §3.5–3.6), which the test checks cell by cell.
     */
    @Test
    void wikipediaFourByFourExampleHasTheTargetMarginsAndTheSeedsInteractions() {
        double[][] seed = {{40, 30, 20, 10}, {35, 50, 100, 75}, {30, 80, 70, 120}, {20, 30, 40, 50}};
        double[] rows = {150, 300, 400, 150};
        double[] columns = {200, 300, 400, 100};
        RakingResult result = Raking.rake(
                List.of(margin("row", "r", rows), margin("col", "c", columns)),
                table(seed),
                new RakingSettings(1e-12, 10_000, null, null));
        double[][] x = fitted(result, 4, 4, 1000, 800);

        for (int i = 0; i < 4; i++) {
            assertThat(x[i][0] + x[i][1] + x[i][2] + x[i][3]).isCloseTo(rows[i], within(1e-8));
            assertThat(x[0][i] + x[1][i] + x[2][i] + x[3][i]).isCloseTo(columns[i], within(1e-8));
        }
        for (int i = 1; i < 4; i++) {
            for (int j = 1; j < 4; j++) {
                double seedRatio = seed[0][0] * seed[i][j] / (seed[0][j] * seed[i][0]);
                assertThat(x[0][0] * x[i][j] / (x[0][j] * x[i][0])).isCloseTo(seedRatio, within(1e-8));
            }
        }
    }

    @Test
    void aCategoryWithResidentsButNoParticipantsIsInfeasible() {
        RakingMargin age = new RakingMargin("age", Map.of("16-29", 100.0, "30-64", 300.0, "85+", 40.0));
        List<RakingCell> cells =
                List.of(new RakingCell(List.of("16-29"), 3, 3), new RakingCell(List.of("30-64"), 5, 5));
        assertThatThrownBy(() -> Raking.rake(List.of(age), cells, DEFAULTS))
                .isInstanceOf(InfeasibleMarginException.class)
                .hasMessage("age category '85+' has 40 residents but no participant; merge it with a neighbouring"
                        + " category or leave age out of the raking")
                .satisfies(e -> {
                    assertThat(((InfeasibleMarginException) e).dimension()).isEqualTo("age");
                    assertThat(((InfeasibleMarginException) e).category()).isEqualTo("85+");
                });
    }

    @Test
    void aParticipantCategoryWithoutResidentsMustBeLeftOutBeforeRaking() {
        RakingMargin gender = new RakingMargin("gender", Map.of("kvinna", 50.0, "man", 50.0));
        List<RakingCell> cells = List.of(
                new RakingCell(List.of("kvinna"), 3, 3),
                new RakingCell(List.of("annat"), 1, 1),
                new RakingCell(List.of("man"), 2, 2));
        assertThatThrownBy(() -> Raking.rake(List.of(gender), cells, DEFAULTS))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'annat' has no residents");
    }

    @Test
    void trimmedWeightsStayWithinTheirBoundsAndStillMeetTheMargins() {
        // the young are scarce: untrimmed, the young man weighs 6.03 and the old women 0.66 times the mean
        double[][] seed = {{1, 4}, {30, 25}, {20, 20}};
        RakingMargin age = margin("age", "r", 25, 45, 30);
        RakingMargin gender = margin("gender", "c", 50, 50);
        RakingResult untrimmed = Raking.rake(List.of(age, gender), table(seed), DEFAULTS);
        List<RakingCell> cells = table(seed);
        assertThat(maxRelativeWeight(untrimmed, cells)).isGreaterThan(5.5);

        RakingResult trimmed = Raking.rake(List.of(age, gender), cells, new RakingSettings(1e-6, 1000, 0.6, 5.5));
        assertThat(trimmed.converged()).isTrue();
        assertThat(trimmed.trimmedCells()).isPositive();
        double mean = 100.0 / 100; // total base weight / heads
        for (int c = 0; c < cells.size(); c++) {
            double w = trimmed.personWeight(cells.get(c), c) / mean;
            assertThat(w).isBetween(0.6 - 1e-9, 5.5 + 1e-9);
        }
        assertThat(trimmed.maxMarginError()).isLessThanOrEqualTo(1e-6);
        assertThat(java.util.Arrays.stream(trimmed.cellWeights()).sum()).isCloseTo(100, within(1e-6));
    }

    @Test
    void boundsThatLeaveNoRoomForTheMarginsAreReportedAsNotConverged() {
        // a 10 % group with 1 % of the participants needs weight 10; a cap of 2 cannot get there
        List<RakingCell> cells =
                List.of(new RakingCell(List.of("young"), 1, 1), new RakingCell(List.of("old"), 99, 99));
        RakingMargin age = new RakingMargin("age", Map.of("young", 10.0, "old", 90.0));
        RakingResult result = Raking.rake(List.of(age), cells, new RakingSettings(1e-6, 1000, null, 2.0));
        assertThat(result.converged()).isFalse();
        assertThat(result.personWeight(cells.get(0), 0)).isCloseTo(2.0, within(1e-12));
        assertThat(result.personWeight(cells.get(1), 1)).isLessThanOrEqualTo(2.0);
        assertThat(result.maxMarginError()).isGreaterThan(0.05);
    }

    @Test
    void weightsStayWithinTheirBoundsEvenWhenTheIterationsRunOut() {
        // 2 raking cycles are too few for this table; whatever the free cells reached is clamped
        double[][] seed = {{40, 30, 20, 10}, {35, 50, 100, 75}, {30, 80, 70, 120}, {20, 30, 40, 50}};
        List<RakingCell> cells = table(seed);
        RakingResult result = Raking.rake(
                List.of(margin("row", "r", 150, 300, 400, 150), margin("col", "c", 200, 300, 400, 100)),
                cells,
                new RakingSettings(1e-12, 2, 0.8, 1.2));
        assertThat(result.converged()).isFalse();
        for (int c = 0; c < cells.size(); c++) {
            assertThat(result.personWeight(cells.get(c), c)).isBetween(0.8 - 1e-12, 1.2 + 1e-12);
        }
    }

    @Test
    void runningOutOfIterationsIsReportedWithTheRemainingError() {
        double[][] seed = {{40, 30, 20, 10}, {35, 50, 100, 75}, {30, 80, 70, 120}, {20, 30, 40, 50}};
        RakingResult result = Raking.rake(
                List.of(margin("row", "r", 150, 300, 400, 150), margin("col", "c", 200, 300, 400, 100)),
                table(seed),
                new RakingSettings(1e-12, 2, null, null));
        assertThat(result.converged()).isFalse();
        assertThat(result.iterations()).isEqualTo(2);
        assertThat(result.maxMarginError()).isGreaterThan(1e-12);
    }

    @Test
    void kishDesignEffectAndEffectiveNByHand() {
        // n = 4, Σw = 8, Σw² = 1 + 1 + 4 + 16 = 22: deff = 4·22/64 = 1.375, n_eff = 64/22
        WeightDistribution d = WeightDistribution.of(new double[] {1, 1, 2, 4});
        assertThat(d.designEffect()).isCloseTo(1.375, within(1e-12));
        assertThat(d.effectiveN()).isCloseTo(64.0 / 22, within(1e-12));
        assertThat(d.effectiveN()).isCloseTo(d.n() / d.designEffect(), within(1e-12));
        // R: quantile(c(1, 1, 2, 4)) gives 1, 1, 1.5, 2.5, 4
        assertThat(List.of(d.min(), d.q1(), d.median(), d.q3(), d.max())).containsExactly(1.0, 1.0, 1.5, 2.5, 4.0);
    }

    @Test
    void equalWeightsHaveNoDesignEffect() {
        WeightDistribution d = WeightDistribution.of(new double[] {0.7, 0.7, 0.7});
        assertThat(d.designEffect()).isCloseTo(1, within(1e-12));
        assertThat(d.effectiveN()).isCloseTo(3, within(1e-12));
    }

    private static double maxRelativeWeight(RakingResult result, List<RakingCell> cells) {
        double max = 0;
        for (int c = 0; c < cells.size(); c++) {
            max = Math.max(max, result.personWeight(cells.get(c), c));
        }
        return max;
    }
}
