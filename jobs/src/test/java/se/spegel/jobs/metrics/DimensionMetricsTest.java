package se.spegel.jobs.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import se.spegel.schema.output.CategoryGap;
import se.spegel.schema.output.DimensionSummary;

/** End to end on small cases worked out by hand. */
class DimensionMetricsTest {
    private static final double Z95 = WilsonIntervalTest.Z95;
    private static final DimensionMetrics METRICS = new DimensionMetrics(0.95);

    private static Map<String, Long> population(Object... categoryAndCount) {
        Map<String, Long> map = new LinkedHashMap<>();
        for (int i = 0; i < categoryAndCount.length; i += 2) {
            map.put((String) categoryAndCount[i], ((Number) categoryAndCount[i + 1]).longValue());
        }
        return map;
    }

    private static DimensionCounts counts(List<CategoryCount> participants, long missing, Map<String, Long> pop) {
        return new DimensionCounts(
                "p1", "survey", "responded", "age_group", participants, missing, 1, pop, "BE0101", 16, 99);
    }

    private static CategoryGap row(DimensionMetrics.Result result, String category) {
        return result.gaps().stream()
                .filter(g -> g.category().equals(category))
                .findFirst()
                .orElseThrow();
    }

    /**
     * Population A 600, B 300, C 100 (pop shares 0.6, 0.3, 0.1); participants A 8, B 2, none in C, and 3 in
     * X, which the population table lacks; 4 missing answers.
     */
    private static DimensionMetrics.Result handCase() {
        return METRICS.compute(counts(
                List.of(new CategoryCount("A", 8, 8), new CategoryCount("B", 2, 2), new CategoryCount("X", 3, 3)),
                4,
                population("A", 600, "B", 300, "C", 100)));
    }

    @Test
    void handCaseCategoryRowsAreInPopulationOrderFollowedByUnmatchedCategories() {
        assertThat(handCase().gaps()).extracting(CategoryGap::category).containsExactly("A", "B", "C", "X");
        assertThat(handCase().gaps()).allSatisfy(g -> {
            assertThat(g.processId()).isEqualTo("p1");
            assertThat(g.method()).isEqualTo("survey");
            assertThat(g.stage()).isEqualTo("responded");
            assertThat(g.dimension()).isEqualTo("age_group");
        });
    }

    @Test
    void handCaseOverRepresentedCategory() {
        CategoryGap a = row(handCase(), "A");
        // n = 8 + 2 = 10 (X has no counterpart and is left out); share = 8/10
        assertThat(a.n()).isEqualTo(8.0);
        assertThat(a.share()).isCloseTo(0.8, within(1e-15));
        assertThat(a.popCount()).isEqualTo(600L);
        assertThat(a.popShare()).isCloseTo(0.6, within(1e-15));
        assertThat(a.gapPp()).isCloseTo(20.0, within(1e-12)); // 100·(0.8 − 0.6)
        assertThat(a.ratio()).isCloseTo(4.0 / 3, within(1e-12)); // 0.8/0.6
        assertThat(a.per1000()).isCloseTo(40.0 / 3, within(1e-12)); // 1000·8/600 = 13.333…
        // Wilson 8/10: centre (16 + z²)/(2·13.841459) = 0.716740, half-width 0.226578 -> [0.490162, 0.943318]
        assertThat(a.shareCiLow())
                .isCloseTo(WilsonIntervalTest.wilson(8, 10, Z95)[0], within(1e-12))
                .isCloseTo(0.490162, within(1e-6));
        assertThat(a.shareCiHigh())
                .isCloseTo(WilsonIntervalTest.wilson(8, 10, Z95)[1], within(1e-12))
                .isCloseTo(0.943318, within(1e-6));
        // binom.test(8, 10, 0.6): d = P(8) = 45·6^8·4^2/1e10 = 0.120932352; below the mean P(0..4) =
        //   0.0001048576 + 0.001572864 + 0.010616832 + 0.042467328 + 0.111476736 <= d, P(5) = 0.2006581248 > d
        //   p = 0.1662386176 + P(8) + P(9) + P(10) = 0.1662386176 + 0.120932352 + 0.040310784 + 0.0060466176
        //     = 0.3335283712
        assertThat(a.pValue()).isCloseTo(0.3335283712, within(1e-10));
        assertThat(BinomialReference.twoSided(8, 10, 3, 5)).isCloseTo(0.3335283712, within(1e-15));
        assertThat(a.significant()).isFalse();
        assertThat(a.suppressed()).isNull();
    }

    @Test
    void handCaseUnderRepresentedCategory() {
        CategoryGap b = row(handCase(), "B");
        assertThat(b.share()).isCloseTo(0.2, within(1e-15));
        assertThat(b.popShare()).isCloseTo(0.3, within(1e-15));
        assertThat(b.gapPp()).isCloseTo(-10.0, within(1e-12));
        assertThat(b.ratio()).isCloseTo(2.0 / 3, within(1e-12));
        assertThat(b.per1000()).isCloseTo(20.0 / 3, within(1e-12)); // 1000·2/300
        assertThat(b.shareCiLow()).isCloseTo(0.056682, within(1e-6));
        assertThat(b.shareCiHigh()).isCloseTo(0.509838, within(1e-6));
        // binom.test(2, 10, 0.3) = 1 − P(3) = 1 − 120·27·823543/1e10 = 0.733172068 (see ExactBinomialTestTest)
        assertThat(b.pValue()).isCloseTo(0.733172068, within(1e-10));
        assertThat(b.significant()).isFalse();
    }

    @Test
    void zeroParticipantsInACategoryGivesShareZeroAndRatioZero() {
        CategoryGap c = row(handCase(), "C");
        assertThat(c.n()).isEqualTo(0.0);
        assertThat(c.share()).isEqualTo(0.0);
        assertThat(c.ratio()).isEqualTo(0.0);
        assertThat(c.per1000()).isEqualTo(0.0);
        assertThat(c.gapPp()).isCloseTo(-10.0, within(1e-12));
        // Wilson 0/10: [0, z²/(10 + z²)] = [0, 0.2775328]
        assertThat(c.shareCiLow()).isCloseTo(0.0, within(1e-15));
        assertThat(c.shareCiHigh()).isCloseTo(Z95 * Z95 / (10 + Z95 * Z95), within(1e-12));
        // binom.test(0, 10, 0.1): d = 0.9^10 = 0.3486784401; P(1) = 0.387420489 > d; P(2..10) <= d
        //   p = 1 − P(1) = 0.612579511
        assertThat(c.pValue()).isCloseTo(0.612579511, within(1e-10));
        assertThat(c.significant()).isFalse();
    }

    @Test
    void categoryMissingFromThePopulationIsCountedAsNoCounterpartWithAnEmptyShare() {
        DimensionMetrics.Result result = handCase();
        CategoryGap x = row(result, "X");
        assertThat(x.n()).isEqualTo(3.0);
        assertThat(x.share()).isNull();
        assertThat(x.shareCiLow()).isNull();
        assertThat(x.shareCiHigh()).isNull();
        assertThat(x.popCount()).isNull();
        assertThat(x.popShare()).isNull();
        assertThat(x.gapPp()).isNull();
        assertThat(x.ratio()).isNull();
        assertThat(x.per1000()).isNull();
        assertThat(x.pValue()).isNull();
        assertThat(x.significant()).isNull();
        assertThat(result.summary().nNoCounterpart()).isEqualTo(3);
        assertThat(result.summary().nValid()).isEqualTo(10);
    }

    @Test
    void handCaseDimensionSummary() {
        DimensionSummary s = handCase().summary();
        assertThat(s.processId()).isEqualTo("p1");
        assertThat(s.nValid()).isEqualTo(10);
        assertThat(s.nMissing()).isEqualTo(4);
        assertThat(s.nNoCounterpart()).isEqualTo(3);
        assertThat(s.nOutsideUniverse()).isEqualTo(1);
        assertThat(s.populationTable()).isEqualTo("BE0101");
        assertThat(s.universeMinAge()).isEqualTo(16);
        assertThat(s.universeMaxAge()).isEqualTo(99);
        // D = ½ (|0.8 − 0.6| + |0.2 − 0.3| + |0 − 0.1|) = ½ (0.2 + 0.1 + 0.1) = 0.2
        assertThat(s.dissimilarity()).isCloseTo(0.2, within(1e-12));
        // H = √(1 − √(0.8·0.6) − √(0.2·0.3) − 0) = √(1 − 0.692820 − 0.244949) = √0.062231 = 0.249461
        assertThat(s.hellinger())
                .isCloseTo(Math.sqrt(1 - Math.sqrt(0.48) - Math.sqrt(0.06)), within(1e-12))
                .isCloseTo(0.249461, within(1e-6));
        // expected (6, 3, 1): χ² = 2²/6 + 1²/3 + 1²/1 = 2/3 + 1/3 + 1 = 2, df = 2; an expected count < 5
        assertThat(s.chi2()).isCloseTo(2.0, within(1e-12));
        assertThat(s.df()).isEqualTo(2);
        // Cohen's w = √(χ²/n) = √(2/10)
        assertThat(s.cohensW()).isCloseTo(Math.sqrt(0.2), within(1e-12));
        // largest |gap| is A's 20 pp
        assertThat(s.maxAbsGapPp()).isCloseTo(20.0, within(1e-12));
        assertThat(s.worstCategory()).isEqualTo("A");
    }

    @Test
    void smallExpectedCountsGiveAReproducibleMonteCarloPValueNearTheExactMultinomialTail() {
        // Exact: P(χ²* >= 2) for (a, b, c) ~ Multinomial(10; 0.6, 0.3, 0.1), enumerated in integers:
        // 6·χ²* = (a − 6)² + 2(b − 3)² + 6(c − 1)² >= 12, weight 10!/(a!b!c!)·6^a·3^b·1^c / 10^10
        long hits = 0;
        long[] factorial = new long[11];
        factorial[0] = 1;
        for (int i = 1; i <= 10; i++) {
            factorial[i] = factorial[i - 1] * i;
        }
        for (int a = 0; a <= 10; a++) {
            for (int b = 0; a + b <= 10; b++) {
                int c = 10 - a - b;
                if ((a - 6) * (a - 6) + 2 * (b - 3) * (b - 3) + 6 * (c - 1) * (c - 1) >= 12) {
                    hits += factorial[10] / (factorial[a] * factorial[b] * factorial[c]) * pow(6, a) * pow(3, b);
                }
            }
        }
        double exact = hits / 1e10;
        assertThat(exact).isCloseTo(0.448246144, within(1e-12));
        DimensionSummary first = handCase().summary();
        DimensionSummary second = handCase().summary();
        assertThat(first.pValue()).isEqualTo(second.pValue());
        // B = 2000: SE = √(0.448·0.552/2000) = 0.0111; allow 4.5 SE + 1/2001
        assertThat(first.pValue()).isCloseTo(exact, within(4.5 * 0.0111 + 1.0 / 2001));
        // and it is a simulated p, of the form (1 + hits)/2001
        assertThat(first.pValue() * 2001).isCloseTo(Math.rint(first.pValue() * 2001), within(1e-6));
    }

    private static long pow(long base, int exponent) {
        long r = 1;
        for (int i = 0; i < exponent; i++) {
            r *= base;
        }
        return r;
    }

    @Test
    void categoryWithZeroParticipantsListedExplicitlyGivesTheSameRows() {
        DimensionMetrics.Result listed = METRICS.compute(counts(
                List.of(
                        new CategoryCount("A", 8, 8),
                        new CategoryCount("B", 2, 2),
                        new CategoryCount("C", 0, 0),
                        new CategoryCount("X", 3, 3)),
                4,
                population("A", 600, "B", 300, "C", 100)));
        assertThat(listed.gaps()).isEqualTo(handCase().gaps());
        assertThat(listed.summary()).isEqualTo(handCase().summary());
    }

    @Test
    void strongDeviationIsSignificantAfterHolmAndUsesTheAsymptoticPValue() {
        // population 50/50; participants A 90, B 10 (n = 100)
        DimensionMetrics.Result r = METRICS.compute(counts(
                List.of(new CategoryCount("A", 90, 90), new CategoryCount("B", 10, 10)),
                0,
                population("A", 500, "B", 500)));
        // binom.test(90, 100, 0.5) = 2·Σ_{i>=90} C(100, i)/2^100, exact in integers
        double p = BinomialReference.twoSided(90, 100, 1, 2);
        assertThat(row(r, "A").pValue()).isCloseTo(p, within(p * 1e-9));
        assertThat(row(r, "B").pValue()).isCloseTo(p, within(p * 1e-9));
        // Holm: 2p and max(2p, p) — both far below 0.05
        assertThat(row(r, "A").significant()).isTrue();
        assertThat(row(r, "B").significant()).isTrue();
        DimensionSummary s = r.summary();
        // expected (50, 50): χ² = 40²/50 + 40²/50 = 64, df = 1; P(χ²₁ >= 64) = P(|Z| >= 8) = erfc(8/√2)
        //   = 1.2441921e-15 (normal tables)
        assertThat(s.chi2()).isCloseTo(64.0, within(1e-9));
        assertThat(s.df()).isEqualTo(1);
        assertThat(s.pValue()).isCloseTo(1.2441921e-15, within(1e-21));
        assertThat(s.cohensW()).isCloseTo(0.8, within(1e-12)); // √(64/100)
        assertThat(s.dissimilarity()).isCloseTo(0.4, within(1e-12));
        // H = √(1 − √0.45 − √0.05) = √(1 − 0.670820 − 0.223607) = √0.105573 = 0.324920
        assertThat(s.hellinger()).isCloseTo(0.324920, within(1e-6));
    }

    @Test
    void weightedSharesButHeadCountIntervalsAndTests() {
        // A: weighted 3, 8 heads; B: weighted 1, 2 heads; population 600/400
        DimensionMetrics.Result r = METRICS.compute(counts(
                List.of(new CategoryCount("A", 3, 8), new CategoryCount("B", 1, 2)),
                0,
                population("A", 600, "B", 400)));
        CategoryGap a = row(r, "A");
        assertThat(a.n()).isEqualTo(3.0);
        assertThat(a.share()).isCloseTo(0.75, within(1e-15)); // 3/(3 + 1)
        assertThat(a.per1000()).isCloseTo(5.0, within(1e-12)); // 1000·3/600
        // interval and test on heads: 8 of 10 against 0.6 (as in the hand case: p = 0.3335283712)
        assertThat(a.shareCiLow()).isCloseTo(0.490162, within(1e-6));
        assertThat(a.pValue()).isCloseTo(0.3335283712, within(1e-10));
        assertThat(r.summary().nValid()).isEqualTo(10);
        // D on weighted shares: ½ (0.15 + 0.15) = 0.15
        assertThat(r.summary().dissimilarity()).isCloseTo(0.15, within(1e-12));
        // χ² on heads (8, 2) vs expected (6, 4): 4/6 + 4/4 = 5/3
        assertThat(r.summary().chi2()).isCloseTo(5.0 / 3, within(1e-12));
    }

    @Test
    void allAnswersMissingLeavesSharesUndefined() {
        DimensionMetrics.Result r = METRICS.compute(counts(List.of(), 7, population("A", 600, "B", 400)));
        assertThat(r.gaps()).extracting(CategoryGap::category).containsExactly("A", "B");
        assertThat(r.gaps()).allSatisfy(g -> {
            assertThat(g.n()).isEqualTo(0.0);
            assertThat(g.share()).isNull();
            assertThat(g.shareCiLow()).isNull();
            assertThat(g.shareCiHigh()).isNull();
            assertThat(g.gapPp()).isNull();
            assertThat(g.ratio()).isNull();
            assertThat(g.pValue()).isNull();
            assertThat(g.significant()).isNull();
            assertThat(g.popShare()).isNotNull();
        });
        assertThat(row(r, "A").popShare()).isCloseTo(0.6, within(1e-15));
        DimensionSummary s = r.summary();
        assertThat(s.nValid()).isZero();
        assertThat(s.nMissing()).isEqualTo(7);
        assertThat(s.nNoCounterpart()).isZero();
        assertThat(s.dissimilarity()).isNull();
        assertThat(s.hellinger()).isNull();
        assertThat(s.chi2()).isNull();
        assertThat(s.df()).isNull();
        assertThat(s.pValue()).isNull();
        assertThat(s.cohensW()).isNull();
        assertThat(s.maxAbsGapPp()).isNull();
        assertThat(s.worstCategory()).isNull();
    }

    @Test
    void allParticipantsWithoutCounterpartLeavesSharesUndefined() {
        DimensionMetrics.Result r =
                METRICS.compute(counts(List.of(new CategoryCount("X", 3, 3)), 0, population("A", 600, "B", 400)));
        assertThat(row(r, "A").share()).isNull();
        assertThat(row(r, "X").n()).isEqualTo(3.0);
        assertThat(r.summary().nValid()).isZero();
        assertThat(r.summary().nNoCounterpart()).isEqualTo(3);
        assertThat(r.summary().dissimilarity()).isNull();
    }

    @Test
    void singleParticipantIsStillDefined() {
        // n = 1 in A; population 600/400
        DimensionMetrics.Result r =
                METRICS.compute(counts(List.of(new CategoryCount("A", 1, 1)), 0, population("A", 600, "B", 400)));
        CategoryGap a = row(r, "A");
        CategoryGap b = row(r, "B");
        assertThat(a.share()).isEqualTo(1.0);
        assertThat(b.share()).isEqualTo(0.0);
        // Wilson 1/1: [1/(1 + z²), 1] = [0.2065493, 1]; 0/1: [0, z²/(1 + z²)] = [0, 0.7934507]
        assertThat(a.shareCiLow()).isCloseTo(0.2065493, within(1e-7));
        assertThat(a.shareCiHigh()).isCloseTo(1.0, within(1e-15));
        assertThat(b.shareCiLow()).isCloseTo(0.0, within(1e-15));
        assertThat(b.shareCiHigh()).isCloseTo(0.7934507, within(1e-7));
        // binom.test(1, 1, 0.6): P(0) = 0.4 <= P(1) = 0.6 -> p = 1; binom.test(0, 1, 0.4): P(1) = 0.4 <= 0.6 -> 1
        assertThat(a.pValue()).isCloseTo(1.0, within(1e-12));
        assertThat(b.pValue()).isCloseTo(1.0, within(1e-12));
        assertThat(a.significant()).isFalse();
        DimensionSummary s = r.summary();
        assertThat(s.nValid()).isEqualTo(1);
        assertThat(s.dissimilarity()).isCloseTo(0.4, within(1e-12)); // ½ (0.4 + 0.4)
        assertThat(s.hellinger()).isCloseTo(Math.sqrt(1 - Math.sqrt(0.6)), within(1e-12)); // 0.474767
        // χ² = 0.4²/0.6 + 0.4²/0.4 = 2/3; the only other outcome (B) gives 0.6²/0.6 + 0.6²/0.4 = 1.5, so every
        // replicate reaches it: Monte-Carlo p = (1 + 2000)/2001 = 1
        assertThat(s.chi2()).isCloseTo(2.0 / 3, within(1e-12));
        assertThat(s.pValue()).isEqualTo(1.0);
        assertThat(s.cohensW()).isCloseTo(Math.sqrt(2.0 / 3), within(1e-12));
        assertThat(s.maxAbsGapPp()).isCloseTo(40.0, within(1e-9));
    }

    @Test
    void populationCategoryWithZeroCountHasNoRatioAndNoRate() {
        DimensionMetrics.Result r = METRICS.compute(counts(
                List.of(new CategoryCount("A", 5, 5), new CategoryCount("B", 5, 5)),
                0,
                population("A", 600, "B", 400, "C", 0)));
        CategoryGap c = row(r, "C");
        assertThat(c.popShare()).isEqualTo(0.0);
        assertThat(c.share()).isEqualTo(0.0);
        assertThat(c.ratio()).isNull();
        assertThat(c.per1000()).isNull();
        // binom.test(0, 10, 0) = 1 (R: PVAL <- (x == 0))
        assertThat(c.pValue()).isEqualTo(1.0);
        // D = ½ (0.1 + 0.1 + 0) = 0.1
        assertThat(r.summary().dissimilarity()).isCloseTo(0.1, within(1e-12));
    }

    @Test
    void significanceUsesOneMinusTheConfiguredLevel() {
        // binom.test(9, 10, 0.6) = 0.0586519552 (ExactBinomialTestTest), binom.test(1, 10, 0.4): complement
        // category, same p. Holm: 2·0.05865 = 0.1173 -> not < 0.05 (level 0.95); at level 0.80, alpha = 0.2 -> yes
        List<CategoryCount> participants = List.of(new CategoryCount("A", 9, 9), new CategoryCount("B", 1, 1));
        Map<String, Long> pop = population("A", 600, "B", 400);
        DimensionMetrics.Result at95 = new DimensionMetrics(0.95).compute(counts(participants, 0, pop));
        DimensionMetrics.Result at80 = new DimensionMetrics(0.80).compute(counts(participants, 0, pop));
        assertThat(row(at95, "A").pValue()).isCloseTo(0.0586519552, within(1e-10));
        assertThat(row(at95, "B").pValue()).isCloseTo(0.0586519552, within(1e-10));
        assertThat(row(at95, "A").significant()).isFalse();
        assertThat(row(at80, "A").significant()).isTrue();
        assertThat(row(at80, "B").significant()).isTrue();
    }
}
