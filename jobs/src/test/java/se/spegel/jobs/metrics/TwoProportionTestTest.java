package se.spegel.jobs.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class TwoProportionTestTest {

    @Test
    void matchesPropTestWithoutContinuityCorrection() {
        // R: prop.test(c(30, 80), c(100, 400), correct = FALSE)$p.value (scipy's chi2_contingency agrees)
        assertThat(TwoProportionTest.twoSided(30, 100, 0.2, 400)).isCloseTo(0.030837167828904243, within(1e-12));
        // 3 of 40 against 25 % of 1 200 respondents, by hand: p̄ = 303/1240, z = 2.53384
        assertThat(TwoProportionTest.twoSided(3, 40, 0.25, 1200)).isCloseTo(0.011282171148992277, within(1e-12));
    }

    @Test
    void equalSharesDoNotDiffer() {
        assertThat(TwoProportionTest.twoSided(12, 40, 0.30, 1200)).isEqualTo(1.0);
        assertThat(TwoProportionTest.twoSided(0, 40, 0.0, 1200)).isEqualTo(1.0);
    }

    @Test
    void theSurveysOwnErrorMakesTheTestLessQuickThanOneAgainstAKnownShare() {
        // 18 of 40 against 30 %: the exact binomial against a known 30 % is far smaller than against a survey of 100
        double againstSurvey = TwoProportionTest.twoSided(18, 40, 0.30, 100);
        assertThat(againstSurvey).isGreaterThan(ExactBinomialTest.twoSided(18, 40, 0.30));
        assertThat(TwoProportionTest.twoSided(18, 40, 0.30, 100))
                .isGreaterThan(TwoProportionTest.twoSided(18, 40, 0.30, 100_000));
    }
}
