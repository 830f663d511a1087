package se.spegel.jobs.compare;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.apache.commons.rng.simple.RandomSource;
import org.junit.jupiter.api.Test;
import se.spegel.jobs.compare.PercentileBootstrap.Intervals;

class PercentileBootstrapTest {

    private static final double[] D = {0.12, 0.31, 0.05, 0.44, 0.27, 0.18, 0.09, 0.36};

    @Test
    void meanAndMedianOfSmallSetsByHand() {
        assertThat(Quantiles.mean(new double[] {0.1, 0.2, 0.4, 0.9})).isCloseTo(0.4, within(1e-15));
        // even count: the middle two averaged
        assertThat(Quantiles.median(new double[] {0.9, 0.1, 0.4, 0.2})).isCloseTo(0.3, within(1e-15));
        assertThat(Quantiles.median(new double[] {0.3, 0.1, 0.2})).isEqualTo(0.2);
        // R type 7: position 1 + (n − 1)·p = 1.75 → 0.1 + 0.75·(0.2 − 0.1)
        assertThat(Quantiles.quantile(new double[] {0.1, 0.2, 0.4, 0.9}, 0.25)).isCloseTo(0.175, within(1e-15));
    }

    @Test
    void sameSeedGivesIdenticalIntervals() {
        PercentileBootstrap bootstrap = new PercentileBootstrap(2000, 0.95);
        Intervals first = bootstrap.of(D, StreamSeeds.forCell(7, "open_meeting", "age"));
        Intervals second = bootstrap.of(D, StreamSeeds.forCell(7, "open_meeting", "age"));
        assertThat(second).isEqualTo(first);
        Intervals otherSeed = bootstrap.of(D, StreamSeeds.forCell(8, "open_meeting", "age"));
        assertThat(otherSeed).isNotEqualTo(first);
    }

    @Test
    void intervalsContainTheSampleMeanAndMedianAndStayInsideTheData() {
        Intervals intervals = new PercentileBootstrap(2000, 0.95).of(D, StreamSeeds.forCell(1, "m", "d"));
        double mean = Quantiles.mean(D); // 0.2275
        double median = Quantiles.median(D); // (0.18 + 0.27) / 2 = 0.225
        assertThat(mean).isCloseTo(0.2275, within(1e-12));
        assertThat(median).isCloseTo(0.225, within(1e-12));
        assertThat(intervals.mean().contains(mean)).isTrue();
        assertThat(intervals.median().contains(median)).isTrue();
        assertThat(intervals.mean().low()).isGreaterThanOrEqualTo(0.05);
        assertThat(intervals.mean().high()).isLessThanOrEqualTo(0.44);
        assertThat(intervals.mean().high() - intervals.mean().low()).isPositive();
    }

    @Test
    void twoValuesGiveTheIntervalsThatFollowFromTheirResamplingDistribution() {
        // resamples of {0, 1}: mean (= median) 0, ½, 1 with probabilities ¼, ½, ¼
        double[] values = {0, 1};
        Intervals wide = new PercentileBootstrap(20_000, 0.95).of(values, RandomSource.XO_RO_SHI_RO_128_PP.create(3L));
        // 2.5 % and 97.5 % quantiles fall inside the ¼ masses at 0 and 1
        assertThat(wide.mean()).isEqualTo(new PercentileBootstrap.Interval(0, 1));
        assertThat(wide.median()).isEqualTo(new PercentileBootstrap.Interval(0, 1));
        Intervals narrow = new PercentileBootstrap(20_000, 0.4).of(values, RandomSource.XO_RO_SHI_RO_128_PP.create(3L));
        // 30 % and 70 % quantiles both fall inside the ½ mass at ½
        assertThat(narrow.mean()).isEqualTo(new PercentileBootstrap.Interval(0.5, 0.5));
    }

    @Test
    void aConstantSampleHasAPointInterval() {
        Intervals intervals =
                new PercentileBootstrap(500, 0.95).of(new double[] {0.2, 0.2, 0.2}, StreamSeeds.forCell(1, "m", "d"));
        assertThat(intervals.mean()).isEqualTo(new PercentileBootstrap.Interval(0.2, 0.2));
        assertThat(intervals.median()).isEqualTo(new PercentileBootstrap.Interval(0.2, 0.2));
    }
}
