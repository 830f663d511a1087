package se.spegel.jobs.assembly;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class QuotaCheckTest {
    @Test
    void boundsAreInclusiveAndEitherMayBeAbsent() {
        assertThat(QuotaCheck.within(3, 3.0, 5.0, null)).isTrue();
        assertThat(QuotaCheck.within(5, 3.0, 5.0, null)).isTrue();
        assertThat(QuotaCheck.within(6, 3.0, 5.0, null)).isFalse();
        assertThat(QuotaCheck.within(0, null, 5.0, null)).isTrue();
        assertThat(QuotaCheck.within(2, 3.0, null, null)).isFalse();
    }

    @Test
    void aTargetOnlyQuotaIsMetByEitherNearestWholeNumber() {
        // Borås' 20.5464 men of 42: 20 or 21 seats is as near as a panel can come
        assertThat(QuotaCheck.within(20, null, null, 20.5464)).isTrue();
        assertThat(QuotaCheck.within(21, null, null, 20.5464)).isTrue();
        assertThat(QuotaCheck.within(22, null, null, 20.5464)).isFalse();
        // Malmö's whole 1 seat for Annat: exactly 1
        assertThat(QuotaCheck.within(1, null, null, 1.0)).isTrue();
        assertThat(QuotaCheck.within(0, null, null, 1.0)).isFalse();
    }

    @Test
    void deviationIsFromTheTargetElseFromTheBrokenBound() {
        assertThat(QuotaCheck.deviation(22, 18.0, 20.0, 19.0)).isEqualTo(3.0);
        assertThat(QuotaCheck.deviation(22, 18.0, 20.0, null)).isEqualTo(2.0);
        assertThat(QuotaCheck.deviation(15, 18.0, 20.0, null)).isEqualTo(-3.0);
        assertThat(QuotaCheck.deviation(19, 18.0, 20.0, null)).isEqualTo(0.0);
    }

    @Test
    void swedishSortitionDistanceIsTheNormOverTheNumberOfValues() {
        // seats 20, 21, 1 against 20.5464, 20.4036, 1.05: differences −0.5464, 0.5964, −0.05;
        // squares 0.29855296 + 0.35569296 + 0.0025 = 0.65674592; √ = 0.810399..., / 3
        double d = QuotaDistance.criterion(new double[] {20, 21, 1}, new double[] {20.5464, 20.4036, 1.05});
        assertThat(d).isCloseTo(Math.sqrt(0.65674592) / 3, within(1e-12));
        assertThat(QuotaDistance.weighted(new double[] {0.5, 0.25}, new double[] {2, 1}))
                .isEqualTo(1.25);
    }
}
