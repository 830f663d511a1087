package se.spegel.jobs.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import se.spegel.schema.output.CategoryGap;

/**
 * Properties of the metric math that must hold for any counts, checked on generated ones:
 * shares are a distribution, D and Hellinger lie in [0, 1], D is symmetric and 0 exactly when the
 * distributions agree, and nothing depends on the order in which categories arrive.
 */
class MetricPropertiesTest {
    private static final DimensionMetrics METRICS = new DimensionMetrics(0.95);

    /** A category: participants (head count and their weighted count) against its population count. */
    record Cell(long heads, double weight, long population) {}

    @Provide
    Arbitrary<List<Cell>> cells() {
        // weights with at most six decimals, as the input contract reads them
        Arbitrary<Double> weights = Arbitraries.integers().between(1, 5_000_000).map(m -> m / 1_000_000.0);
        Arbitrary<Cell> cell = Combinators.combine(
                        Arbitraries.longs().between(0, 400),
                        weights,
                        Arbitraries.longs().between(0, 100_000))
                .as(Cell::new);
        return cell.list().ofMinSize(1).ofMaxSize(12);
    }

    @Property(tries = 200)
    void participantAndPopulationSharesEachSumToOne(@ForAll("cells") List<Cell> cells) {
        Assume.that(
                cells.stream().anyMatch(c -> c.heads() > 0) && cells.stream().anyMatch(c -> c.population() > 0));
        List<CategoryGap> gaps = METRICS.compute(counts(cells)).gaps();
        assertThat(gaps.stream().mapToDouble(CategoryGap::share).sum()).isCloseTo(1.0, within(1e-9));
        assertThat(gaps.stream().mapToDouble(CategoryGap::popShare).sum()).isCloseTo(1.0, within(1e-9));
        assertThat(gaps).allSatisfy(g -> assertThat(g.share()).isBetween(0.0, 1.0));
    }

    @Property(tries = 200)
    void dissimilarityAndHellingerOfAnyCountsLieBetweenZeroAndOne(@ForAll("cells") List<Cell> cells) {
        Assume.that(
                cells.stream().anyMatch(c -> c.heads() > 0) && cells.stream().anyMatch(c -> c.population() > 0));
        var summary = METRICS.compute(counts(cells)).summary();
        assertThat(summary.dissimilarity()).isBetween(0.0, 1.0);
        assertThat(summary.hellinger()).isBetween(0.0, 1.0);
    }

    @Property
    void dissimilarityIsSymmetricAndBothDistancesAreZeroForIdenticalDistributions(
            @ForAll @Size(min = 2, max = 30) List<@IntRange(min = 0, max = 10_000) Integer> counts) {
        // the first half of the counts against the second half
        int k = counts.size() / 2;
        double[] p = distribution(counts.subList(0, k));
        double[] q = distribution(counts.subList(k, 2 * k));
        Assume.that(p != null && q != null);
        assertThat(DissimilarityIndex.of(p, q))
                .isEqualTo(DissimilarityIndex.of(q, p))
                .isBetween(0.0, 1.0 + 1e-12);
        assertThat(HellingerDistance.of(p, q))
                .isCloseTo(HellingerDistance.of(q, p), within(1e-12))
                .isBetween(0.0, 1.0);
        assertThat(DissimilarityIndex.of(p, p)).isZero();
        // sqrt of a rounding error: the affinity of p with itself is 1 within about 1e-16
        assertThat(HellingerDistance.of(p, p)).isCloseTo(0.0, within(1e-7));
    }

    @Property
    void dissimilarityIsPositiveWhenTheDistributionsDiffer(
            @ForAll @Size(min = 2, max = 10) List<@IntRange(min = 0, max = 1000) Integer> a, @ForAll Random random) {
        double[] p = distribution(a);
        Assume.that(p != null);
        List<Integer> moved = new ArrayList<>(a);
        int from = random.nextInt(a.size());
        int to = (from + 1 + random.nextInt(a.size() - 1)) % a.size();
        Assume.that(moved.get(from) > 0);
        moved.set(from, moved.get(from) - 1);
        moved.set(to, moved.get(to) + 1); // one person moves to another category
        assertThat(DissimilarityIndex.of(p, distribution(moved))).isGreaterThan(0.0);
    }

    @Property(tries = 100)
    void metricsDoNotDependOnTheOrderOfTheParticipantCounts(@ForAll("cells") List<Cell> cells, @ForAll Random random) {
        DimensionCounts counts = counts(cells);
        List<CategoryCount> shuffled = new ArrayList<>(counts.participants());
        Collections.shuffle(shuffled, random);
        DimensionMetrics.Result original = METRICS.compute(counts);
        DimensionMetrics.Result reordered = METRICS.compute(new DimensionCounts(
                counts.processId(),
                counts.method(),
                counts.stage(),
                counts.dimension(),
                shuffled,
                counts.nMissing(),
                counts.nOutsideUniverse(),
                counts.population(),
                counts.populationTable(),
                counts.universeMinAge(),
                counts.universeMaxAge()));
        assertThat(reordered.summary()).isEqualTo(original.summary());
        assertThat(reordered.gaps()).containsExactlyInAnyOrderElementsOf(original.gaps());
    }

    /** Category i has population count and participants of cell i; participants' weighted count is heads × weight. */
    private static DimensionCounts counts(List<Cell> cells) {
        Map<String, Long> population = new LinkedHashMap<>();
        List<CategoryCount> participants = new ArrayList<>();
        for (int i = 0; i < cells.size(); i++) {
            Cell cell = cells.get(i);
            population.put("c" + i, cell.population());
            if (cell.heads() > 0) {
                participants.add(new CategoryCount("c" + i, cell.heads() * cell.weight(), cell.heads()));
            }
        }
        return new DimensionCounts(
                "p", "survey", "responded", "d", participants, 0, 0, population, "t.csv", null, null);
    }

    private static double[] distribution(List<Integer> counts) {
        double total = counts.stream().mapToInt(Integer::intValue).sum();
        return total == 0 ? null : counts.stream().mapToDouble(c -> c / total).toArray();
    }
}
