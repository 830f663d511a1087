package se.spegel.jobs.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** H = sqrt(1 − Σ sqrt(share_k · pop_share_k)). */
class HellingerDistanceTest {

    @Test
    void identicalDistributionsGiveZero() {
        double[] s = {0.2, 0.5, 0.3};
        assertThat(HellingerDistance.of(s, s.clone())).isCloseTo(0.0, within(1e-7));
        // exactly representable square roots: (0.25, 0.25, 0.5) -> Σ = 0.25 + 0.25 + 0.5 = 1 -> 0
        double[] q = {0.25, 0.25, 0.5};
        assertThat(HellingerDistance.of(q, q.clone())).isEqualTo(0.0);
    }

    @Test
    void disjointDistributionsGiveOne() {
        assertThat(HellingerDistance.of(new double[] {1, 0}, new double[] {0, 1}))
                .isEqualTo(1.0);
        assertThat(HellingerDistance.of(new double[] {0.5, 0.5, 0}, new double[] {0, 0, 1}))
                .isEqualTo(1.0);
    }

    @Test
    void threeCategoryWorkedExample() {
        // shares (1/9, 4/9, 4/9), population (4/9, 1/9, 4/9)
        // Bhattacharyya coefficient = √(4/81) + √(4/81) + √(16/81) = 2/9 + 2/9 + 4/9 = 8/9
        // H = √(1 − 8/9) = √(1/9) = 1/3
        assertThat(HellingerDistance.of(
                        new double[] {1.0 / 9, 4.0 / 9, 4.0 / 9}, new double[] {4.0 / 9, 1.0 / 9, 4.0 / 9}))
                .isCloseTo(1.0 / 3, within(1e-12));
    }

    @Test
    void twoCategoryWorkedExample() {
        // shares (0.36, 0.64), population (0.64, 0.36): BC = 0.6·0.8 + 0.8·0.6 = 0.96, H = √0.04 = 0.2
        assertThat(HellingerDistance.of(new double[] {0.36, 0.64}, new double[] {0.64, 0.36}))
                .isCloseTo(0.2, within(1e-12));
    }

    @Test
    void isSymmetricAndBetweenZeroAndOne() {
        double[] s = {0.1, 0.45, 0.05, 0.4};
        double[] p = {0.25, 0.25, 0.25, 0.25};
        double h = HellingerDistance.of(s, p);
        assertThat(h).isEqualTo(HellingerDistance.of(p, s)).isBetween(0.0, 1.0);
        // BC = 0.5·(√0.1 + √0.45 + √0.05 + √0.4) = 0.5·(0.316228 + 0.670820 + 0.223607 + 0.632456) = 0.921555
        // H = √0.078445 = 0.280080
        double bc = 0.5 * (Math.sqrt(0.1) + Math.sqrt(0.45) + Math.sqrt(0.05) + Math.sqrt(0.4));
        assertThat(h).isCloseTo(Math.sqrt(1 - bc), within(1e-12)).isCloseTo(0.280080, within(1e-6));
    }
}
