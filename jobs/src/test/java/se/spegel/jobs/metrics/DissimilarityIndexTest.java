package se.spegel.jobs.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** D = ½ Σ |share_k − pop_share_k|. */
class DissimilarityIndexTest {

    @Test
    void identicalDistributionsGiveZero() {
        double[] s = {0.2, 0.5, 0.3};
        assertThat(DissimilarityIndex.of(s, s.clone())).isEqualTo(0.0);
    }

    @Test
    void disjointDistributionsGiveOne() {
        assertThat(DissimilarityIndex.of(new double[] {1, 0}, new double[] {0, 1}))
                .isCloseTo(1.0, within(1e-15));
        assertThat(DissimilarityIndex.of(new double[] {0.5, 0.5, 0, 0}, new double[] {0, 0, 0.25, 0.75}))
                .isCloseTo(1.0, within(1e-15));
    }

    @Test
    void threeCategoryWorkedExample() {
        // shares (0.5, 0.3, 0.2) vs population (0.2, 0.3, 0.5): ½ (0.3 + 0 + 0.3) = 0.3
        assertThat(DissimilarityIndex.of(new double[] {0.5, 0.3, 0.2}, new double[] {0.2, 0.3, 0.5}))
                .isCloseTo(0.3, within(1e-15));
        // shares (1/9, 4/9, 4/9) vs (4/9, 1/9, 4/9): ½ (3/9 + 3/9 + 0) = 1/3
        assertThat(DissimilarityIndex.of(
                        new double[] {1.0 / 9, 4.0 / 9, 4.0 / 9}, new double[] {4.0 / 9, 1.0 / 9, 4.0 / 9}))
                .isCloseTo(1.0 / 3, within(1e-15));
    }

    @Test
    void equalsTheSumOfPositiveGaps() {
        // with both distributions summing to 1, D is also Σ max(0, share − pop_share)
        double[] s = {0.1, 0.45, 0.05, 0.4};
        double[] p = {0.25, 0.25, 0.25, 0.25};
        // positive gaps: 0.20 + 0.15 = 0.35
        assertThat(DissimilarityIndex.of(s, p)).isCloseTo(0.35, within(1e-15));
        assertThat(DissimilarityIndex.of(p, s)).isCloseTo(0.35, within(1e-15));
    }
}
