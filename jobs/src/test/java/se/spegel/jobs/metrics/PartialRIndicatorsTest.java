package se.spegel.jobs.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class PartialRIndicatorsTest {
    private static final List<String> AGE_GENDER = List.of("age", "gender");

    /**
     * Worked by hand. 100 invited in four cells (invited, responded, rate):
     * young man 30, 6, 0.2; young woman 10, 4, 0.4; old man 20, 10, 0.5; old woman 40, 30, 0.75.
     * Overall ρ̄ = 50/100 = 0.5. Young 40 invited, 10 responded: 0.25; old 60, 40: 2/3.
     * Men 50, 16: 0.32; women 50, 34: 0.68.
     * <ul>
     * <li>P_U(age)² = 0.4·(0.25 − 0.5)² + 0.6·(2/3 − 0.5)² = 0.025 + 1/60 = 1/24; P_U(age) = 0.2041241.
     *     Young √0.4·(−0.25) = −0.1581139, old √0.6·(1/6) = 0.1290994.</li>
     * <li>P_U(gender)² = 0.5·0.18² + 0.5·0.18² = 0.0324; P_U = 0.18. Men −√0.5·0.18 = −0.1272792, women +0.1272792.</li>
     * <li>P_C(age), within gender: young man 30·(0.2 − 0.32)² = 0.432, old man 20·(0.5 − 0.32)² = 0.648,
     *     young woman 10·(0.4 − 0.68)² = 0.784, old woman 40·(0.75 − 0.68)² = 0.196; sum 2.06, /100:
     *     P_C(age) = √0.0206 = 0.1435270. Young √((0.432 + 0.784)/100) = 0.1102724, old √((0.648 + 0.196)/100) = 0.0918695.</li>
     * <li>P_C(gender), within age: young man 30·(0.2 − 0.25)² = 0.075, young woman 10·(0.4 − 0.25)² = 0.225,
     *     old man 20·(0.5 − 2/3)² = 5/9, old woman 40·(0.75 − 2/3)² = 5/18; sum 1.1333…, /100:
     *     P_C(gender) = √0.011333… = 0.1064581. Men √((0.075 + 5/9)/100) = 0.0794075, women √((0.225 + 5/18)/100) = 0.0709068.</li>
     * <li>S²(ρ) = (30·0.09 + 10·0.01 + 20·0 + 40·0.0625)/99 = 5.3/99; CV = √(5.3/99)/0.5 = 0.2313771/0.5 = 0.4627542.</li>
     * </ul>
     */
    @Test
    void partialIndicatorsOfAgeAndGenderMatchTheHandWorkedExample() {
        PartialRIndicators.Result result = PartialRIndicators.of(
                AGE_GENDER,
                List.of(
                        cell("young", "man", 30, 6), cell("young", "woman", 10, 4),
                        cell("old", "man", 20, 10), cell("old", "woman", 40, 30)));
        assertThat(result.responseRate()).isCloseTo(0.5, within(1e-12));
        assertThat(result.coefficientOfVariation()).isCloseTo(0.4627542, within(1e-7));
        assertThat(result.partials()).hasSize(6);
        assertPartial(result.partials().get(0), "age", null, 0.2041241, 0.1435270);
        assertPartial(result.partials().get(1), "age", "young", -0.1581139, 0.1102724);
        assertPartial(result.partials().get(2), "age", "old", 0.1290994, 0.0918695);
        assertPartial(result.partials().get(3), "gender", null, 0.18, 0.1064581);
        assertPartial(result.partials().get(4), "gender", "man", -0.1272792, 0.0794075);
        assertPartial(result.partials().get(5), "gender", "woman", 0.1272792, 0.0709068);
    }

    @Test
    void aConstantPropensityGivesZeroEverywhere() {
        PartialRIndicators.Result result = PartialRIndicators.of(
                AGE_GENDER,
                List.of(
                        cell("young", "man", 30, 9), cell("young", "woman", 10, 3),
                        cell("old", "man", 20, 6), cell("old", "woman", 40, 12)));
        assertThat(result.coefficientOfVariation()).isZero();
        result.partials().forEach(p -> {
            assertThat(p.unconditional()).isZero();
            assertThat(p.conditional()).isZero();
        });
    }

    @Test
    void aSingleVariablesUnconditionalPartialGivesTheRIndicator() {
        // one variable: P_U = S(ρ) with divisor N, so R = 1 − 2·√(N/(N − 1))·P_U
        long[] invited = {120, 80, 45, 255};
        long[] responded = {30, 44, 9, 100};
        List<PartialRIndicators.Cell> cells = List.of(
                new PartialRIndicators.Cell(List.of("a"), 120, 30), new PartialRIndicators.Cell(List.of("b"), 80, 44),
                new PartialRIndicators.Cell(List.of("c"), 45, 9), new PartialRIndicators.Cell(List.of("d"), 255, 100));
        PartialRIndicators.Result result = PartialRIndicators.of(List.of("district"), cells);
        PartialRIndicators.Partial variable = result.partials().get(0);
        double n = 500;
        assertThat(1 - 2 * Math.sqrt(n / (n - 1)) * variable.unconditional())
                .isCloseTo(RIndicator.of(invited, responded), within(1e-12));
        // and nothing else to condition on: P_C = |P_U| for the variable and each category
        result.partials()
                .forEach(p -> assertThat(p.conditional()).isCloseTo(Math.abs(p.unconditional()), within(1e-12)));
    }

    @Test
    void categoryPartialsAddUpInSquaresToTheVariables() {
        PartialRIndicators.Result result = PartialRIndicators.of(
                AGE_GENDER,
                List.of(
                        cell("16-24", "man", 70, 11),
                        cell("16-24", "woman", 65, 19),
                        cell("25-64", "man", 300, 90),
                        cell("25-64", "woman", 310, 120),
                        cell("65+", "man", 90, 50),
                        cell("65+", "woman", 120, 41)));
        for (String variable : AGE_GENDER) {
            List<PartialRIndicators.Partial> rows = result.partials().stream()
                    .filter(p -> p.variable().equals(variable))
                    .toList();
            double u = rows.stream()
                    .skip(1)
                    .mapToDouble(p -> p.unconditional() * p.unconditional())
                    .sum();
            double c = rows.stream()
                    .skip(1)
                    .mapToDouble(p -> p.conditional() * p.conditional())
                    .sum();
            assertThat(rows.get(0).unconditional()).isCloseTo(Math.sqrt(u), within(1e-12));
            assertThat(rows.get(0).conditional()).isCloseTo(Math.sqrt(c), within(1e-12));
        }
    }

    @Test
    void nobodyRespondingHasNoIndicators() {
        assertThat(PartialRIndicators.of(AGE_GENDER, List.of(cell("young", "man", 30, 0), cell("old", "woman", 20, 0))))
                .isNull();
    }

    @Test
    void parametricBootstrapErrorsMatchTheBinomialVarianceOfALinearPartial() {
        // two categories, w = N_k/N = 0.4 and 0.6: P_U(Z, 1) = √w1·(ρ1 − ρ̄) = √0.4·0.6·(ρ1 − ρ2), linear in the rates,
        // so its variance is 0.4·0.36·(ρ1(1−ρ1)/N1 + ρ2(1−ρ2)/N2) = 0.144·(0.16/400 + 0.25/600) = 0.144·0.00081667;
        // P_U(Z) = √(0.4·0.6)·|ρ1 − ρ2|, far from 0 here: SE ≈ √0.24·√0.00081667
        List<PartialRIndicators.Cell> cells = List.of(
                new PartialRIndicators.Cell(List.of("a"), 400, 80),
                new PartialRIndicators.Cell(List.of("b"), 600, 300));
        PartialRIndicatorErrors.Errors errors = PartialRIndicatorErrors.of(List.of("z"), cells, 4_000, 11L);
        double rateVariance = 0.16 / 400 + 0.25 / 600;
        assertThat(errors.unconditional().get(1))
                .isCloseTo(Math.sqrt(0.144 * rateVariance), within(0.05 * Math.sqrt(0.144 * rateVariance)));
        assertThat(errors.unconditional().get(0))
                .isCloseTo(Math.sqrt(0.24 * rateVariance), within(0.05 * Math.sqrt(0.24 * rateVariance)));
        assertThat(PartialRIndicatorErrors.of(List.of("z"), cells, 500, 3L))
                .isEqualTo(PartialRIndicatorErrors.of(List.of("z"), cells, 500, 3L));
    }

    private static PartialRIndicators.Cell cell(String age, String gender, long invited, long responded) {
        return new PartialRIndicators.Cell(List.of(age, gender), invited, responded);
    }

    private static void assertPartial(
            PartialRIndicators.Partial p, String variable, String category, double u, double c) {
        assertThat(p.variable()).isEqualTo(variable);
        assertThat(p.category()).isEqualTo(category);
        assertThat(p.unconditional()).isCloseTo(u, within(1e-7));
        assertThat(p.conditional()).isCloseTo(c, within(1e-7));
    }
}
