package se.spegel.jobs.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class RIndicatorTest {
    @Test
    void equalResponseRatesInEveryCellGiveOne() {
        assertThat(RIndicator.of(new long[] {100, 50, 10}, new long[] {30, 15, 3}))
                .isCloseTo(1.0, within(1e-15));
    }

    @Test
    void twoCellsWithDifferentRatesWorkedByHand() {
        // n = 200, r = 60, mean propensity 0.3; cells 0.2 and 0.4
        // sum n_c (rho_c - 0.3)^2 = 100 * 0.01 + 100 * 0.01 = 2; S^2 = 2 / 199
        // R = 1 - 2 * sqrt(2 / 199) = 1 - 2 * 0.10025094 = 0.79949811
        assertThat(RIndicator.of(new long[] {100, 100}, new long[] {20, 40})).isCloseTo(0.7994981, within(1e-7));
    }

    @Test
    void allOrNothingResponseGivesTheLowestValueForItsSplit() {
        // cells respond 0 % and 100 %, 2 people each: mean 0.5, sum = 4 * 0.25 = 1, S^2 = 1/3
        // R = 1 - 2 / sqrt(3) = -0.1547005
        assertThat(RIndicator.of(new long[] {2, 2}, new long[] {0, 2})).isCloseTo(-0.1547005, within(1e-7));
    }

    @Test
    void emptyCellsAreIgnoredAndTooFewInvitedGiveNoValue() {
        assertThat(RIndicator.of(new long[] {100, 0, 100}, new long[] {20, 0, 40}))
                .isCloseTo(0.7994981, within(1e-7));
        assertThat(RIndicator.of(new long[] {1}, new long[] {1})).isNull();
    }

    @Test
    void moreRespondedThanInvitedIsRefused() {
        assertThatThrownBy(() -> RIndicator.of(new long[] {1, 2}, new long[] {2, 0}))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
