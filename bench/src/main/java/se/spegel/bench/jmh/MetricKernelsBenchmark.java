package se.spegel.bench.jmh;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;
import se.spegel.jobs.metrics.CategoryCount;
import se.spegel.jobs.metrics.ChiSquareGoodnessOfFit;
import se.spegel.jobs.metrics.DimensionCounts;
import se.spegel.jobs.metrics.DimensionMetrics;
import se.spegel.jobs.metrics.DisclosureControl;
import se.spegel.jobs.metrics.DissimilarityIndex;
import se.spegel.jobs.metrics.ExactBinomialTest;
import se.spegel.jobs.metrics.HellingerDistance;
import se.spegel.jobs.metrics.WilsonInterval;
import se.spegel.schema.output.CategoryGap;

/**
 * The metric kernels of one process × stage × dimension, on realistic shapes: {@code categories}
 * is a dimension's category count (2 = gender, 9 = age bands, 27 = age × origin, 60 = the
 * districts of a large municipality) and {@code participants} the stage's n (40 = an
 * assembly's panel, 500 = an open meeting, 20 000 = an assembly's invitations). Participants
 * fall into categories unevenly (a skewed population, a skewed turnout), so some cells are small.
 * Each benchmark method covers one whole dimension, i.e. every category of it.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public class MetricKernelsBenchmark {
    @Param({"2", "9", "27", "60"})
    public int categories;

    @Param({"40", "500", "20000"})
    public int participants;

    private long[] observed;
    private double[] shares;
    private double[] popShares;
    private DimensionCounts counts;
    private List<CategoryGap> gaps;
    private Map<String, Long> heads;

    @Setup
    public void setUp() {
        popShares = new double[categories];
        double[] turnout = new double[categories];
        for (int i = 0; i < categories; i++) {
            popShares[i] = 1.0 / (1 + i); // a few large categories and a long tail of small ones
            turnout[i] = popShares[i] * (0.5 + (i % 3) * 0.5);
        }
        normalise(popShares);
        normalise(turnout);
        observed = new long[categories];
        long assigned = 0;
        for (int i = 0; i < categories; i++) {
            observed[i] = Math.round(participants * turnout[i]);
            assigned += observed[i];
        }
        observed[0] += participants - assigned;
        shares = new double[categories];
        for (int i = 0; i < categories; i++) {
            shares[i] = observed[i] / (double) participants;
        }
        List<CategoryCount> participantCounts = new ArrayList<>();
        Map<String, Long> population = new LinkedHashMap<>();
        heads = new HashMap<>();
        gaps = new ArrayList<>();
        for (int i = 0; i < categories; i++) {
            String category = "c" + i;
            participantCounts.add(new CategoryCount(category, observed[i], observed[i]));
            population.put(category, Math.round(popShares[i] * 1_000_000));
            heads.put(category, observed[i]);
            gaps.add(new CategoryGap(
                    "p",
                    "open_meeting",
                    "attended",
                    "d",
                    category,
                    (double) observed[i],
                    shares[i],
                    null,
                    null,
                    population.get(category),
                    popShares[i],
                    null,
                    null,
                    null,
                    null,
                    null,
                    null));
        }
        counts = new DimensionCounts(
                "p",
                "open_meeting",
                "attended",
                "d",
                participantCounts,
                3,
                0,
                population,
                "population.parquet",
                null,
                null);
    }

    private static void normalise(double[] values) {
        double sum = 0;
        for (double v : values) {
            sum += v;
        }
        for (int i = 0; i < values.length; i++) {
            values[i] /= sum;
        }
    }

    @Benchmark
    public double dissimilarityIndex() {
        return DissimilarityIndex.of(shares, popShares);
    }

    @Benchmark
    public double hellingerDistance() {
        return HellingerDistance.of(shares, popShares);
    }

    /** Asymptotic p-value when every expected count is 5 or more, Monte-Carlo (B = 2 000) otherwise. */
    @Benchmark
    public ChiSquareGoodnessOfFit.Result chiSquare() {
        return ChiSquareGoodnessOfFit.test(observed, popShares, 42);
    }

    /** One exact two-sided binomial test per category, as category_gaps.p_value needs. */
    @Benchmark
    public void exactBinomialTests(Blackhole bh) {
        for (int i = 0; i < categories; i++) {
            bh.consume(ExactBinomialTest.twoSided((int) observed[i], participants, popShares[i]));
        }
    }

    /** One 95 % Wilson interval per category. */
    @Benchmark
    public void wilsonIntervals(Blackhole bh) {
        for (int i = 0; i < categories; i++) {
            bh.consume(WilsonInterval.of(observed[i], participants, 0.95));
        }
    }

    @Benchmark
    public List<CategoryGap> disclosureControl() {
        return new DisclosureControl(5).apply(gaps, heads, participants);
    }

    /** Everything of one dimension together: shares, intervals, tests, Holm, D, Hellinger, χ², w. */
    @Benchmark
    public DimensionMetrics.Result wholeDimension() {
        return new DimensionMetrics(0.95).compute(counts);
    }
}
