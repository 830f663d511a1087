package se.spegel.jobs.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class VerdictTest {
    private static final Verdict.Rule RULE = new Verdict.Rule(20, 0.05, 0.10, 0.05, 0.15);

    @Test
    void fewerThanTheMinimumAreTooFewWhateverTheTails() {
        assertThat(Verdict.of(19, 0.5, 0.0005, 1, RULE)).isEqualTo(Verdict.TOO_FEW);
        assertThat(Verdict.of(20, 0.5, 0.0005, 1, RULE)).isEqualTo(Verdict.WORSE_LARGE);
    }

    @Test
    void aSignificantUpperTailIsGradedByTheExcessOverChance() {
        assertThat(Verdict.of(100, 0.049, 0.01, 0.99, RULE)).isEqualTo(Verdict.WORSE_SMALL);
        assertThat(Verdict.of(100, 0.05, 0.01, 0.99, RULE)).isEqualTo(Verdict.WORSE_MODERATE);
        assertThat(Verdict.of(100, 0.149, 0.01, 0.99, RULE)).isEqualTo(Verdict.WORSE_MODERATE);
        assertThat(Verdict.of(100, 0.15, 0.01, 0.99, RULE)).isEqualTo(Verdict.WORSE_LARGE);
    }

    @Test
    void aSignificantLowerTailIsBetterThanChanceAndNeitherIsAsChance() {
        assertThat(Verdict.of(40, -0.06, 0.97, 0.09, RULE)).isEqualTo(Verdict.BETTER_THAN_CHANCE);
        assertThat(Verdict.of(40, -0.06, 0.97, 0.10, RULE)).isEqualTo(Verdict.AS_CHANCE);
        assertThat(Verdict.of(40, 0.03, 0.06, 0.95, RULE)).isEqualTo(Verdict.AS_CHANCE);
        assertThat(Verdict.AS_CHANCE.code()).isEqualTo("as_chance");
        assertThat(Verdict.WORSE_LARGE.code()).isEqualTo("worse_large");
    }

    @Test
    void trulyRandomGroupsRaiseFalseAlarmsAtAboutTheTestLevel() {
        // 600 groups of 40 drawn at random from eight age bands (java.util's SplittableRandom): the upper tail is a
        // one-sided test at 5 % (about 30 groups called worse, binomial SD 5.3), the lower one at 10 % (about 60, SD
        // 7.3)
        double[] p = {0.09, 0.11, 0.16, 0.15, 0.14, 0.13, 0.12, 0.10};
        double[] cumulative = new double[p.length];
        double running = 0;
        for (int k = 0; k < p.length; k++) {
            running += p[k];
            cumulative[k] = running;
        }
        ChanceJudgement judgement = new ChanceJudgement(new ChanceSettings(2_000, 200, 0.95, RULE));
        SplittableRandom random = new SplittableRandom(15);
        int worse = 0;
        int better = 0;
        int large = 0;
        for (int g = 0; g < 600; g++) {
            long[] heads = new long[p.length];
            for (int i = 0; i < 40; i++) {
                double u = random.nextDouble();
                int k = 0;
                while (k < p.length - 1 && u >= cumulative[k]) {
                    k++;
                }
                heads[k]++;
            }
            double[] shares = new double[p.length];
            for (int k = 0; k < p.length; k++) {
                shares[k] = heads[k] / 40.0;
            }
            Verdict verdict = Verdict.valueOf(judgement
                    .judge(DissimilarityIndex.of(shares, p), heads, p, g)
                    .baseline()
                    .verdict()
                    .toUpperCase(java.util.Locale.ROOT));
            worse += verdict.worse() ? 1 : 0;
            better += verdict == Verdict.BETTER_THAN_CHANCE ? 1 : 0;
            large += verdict == Verdict.WORSE_LARGE ? 1 : 0;
        }
        // D takes few values at n = 40, so each tail holds at most its level: within 3 SD below it
        assertThat(worse).isBetween(14, 46);
        assertThat(better).isBetween(38, 82);
        assertThat(large).isZero();
    }
}
