package se.spegel.jobs.metrics;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import se.spegel.jobs.disclosure.CellPublication;
import se.spegel.schema.output.CategoryGap;
import se.spegel.schema.output.DimensionSummary;

/**
 * The category_gaps and dimension_summary rows of a survey-based dimension: the participants
 * against a survey benchmark's shares p̂ of m respondents rather than a register's counts. The
 * columns mean what they mean for a register (data-schema/README.md), except where the survey's
 * own sampling error enters:
 * <ul>
 *   <li>per category: pop_share = p̂ (pop_count and per_1000 empty: a survey counts no residents),
 *       the participants' Wilson interval as always, the p-value of the two-sample score test
 *       ({@link TwoProportionTest}) instead of the exact binomial, Holm-corrected as before;</li>
 *   <li>χ² is Pearson's test of homogeneity of participants vs the survey's counts p̂·m
 *       ({@link ChiSquareHomogeneity}), Cohen's w = √(χ²·(1/n + 1/m)), which estimates the same
 *       √(Σ (s − p)²/p) as the register's √(χ²/n) does (χ² ≈ nm/(n + m)·Σ (s − p)²/p̄);</li>
 *   <li>the chance columns read D against two samples of one population ({@link SurveyChanceJudgement}).</li>
 * </ul>
 * The benchmark's shares are divided by their sum (the reader allows 1 ± 0.005 for rounding), so D
 * and the tests see shares that add up to 1.
 */
final class SurveyDimensionMetrics {
    private final double ciLevel;
    private final SurveyChanceJudgement chance;

    SurveyDimensionMetrics(double ciLevel, ChanceSettings settings, CellPublication publication) {
        this.ciLevel = ciLevel;
        this.chance = new SurveyChanceJudgement(settings, publication);
    }

    DimensionMetrics.Result compute(DimensionCounts in) {
        SurveyShares survey = in.survey();
        Map<String, CategoryCount> observed = new HashMap<>();
        in.participants().forEach(c -> observed.put(c.category(), c));
        List<String> categories = new ArrayList<>(survey.shares().keySet());
        int k = categories.size();
        double[] weighted = new double[k];
        long[] heads = new long[k];
        double[] surveyShares = new double[k];
        double total = survey.shares().values().stream()
                .mapToDouble(Double::doubleValue)
                .sum();
        for (int i = 0; i < k; i++) {
            CategoryCount count = observed.get(categories.get(i));
            weighted[i] = count == null ? 0 : count.weighted();
            heads[i] = count == null ? 0 : count.unweighted();
            surveyShares[i] = survey.shares().get(categories.get(i)) / total;
        }
        long m = survey.n();
        double n = 0;
        long nHeads = 0;
        for (int i = 0; i < k; i++) {
            n += weighted[i];
            nHeads += heads[i];
        }
        double[] shares = n > 0 ? new double[k] : null;
        double[] pValues = new double[k];
        for (int i = 0; i < k; i++) {
            if (shares != null) {
                shares[i] = weighted[i] / n;
            }
            pValues[i] = nHeads == 0 ? Double.NaN : TwoProportionTest.twoSided(heads[i], nHeads, surveyShares[i], m);
        }
        boolean[] significant = DimensionMetrics.significant(pValues, ciLevel);
        List<CategoryGap> gaps = new ArrayList<>();
        Map<String, Long> headsByCategory = new HashMap<>();
        int worst = -1;
        for (int i = 0; i < k; i++) {
            Double share = shares == null ? null : shares[i];
            WilsonInterval interval = WilsonInterval.of(heads[i], nHeads, ciLevel);
            Double gapPp = share == null ? null : 100 * (share - surveyShares[i]);
            Double ratio = share == null || surveyShares[i] == 0 ? null : share / surveyShares[i];
            gaps.add(new CategoryGap(
                    in.processId(),
                    in.method(),
                    in.stage(),
                    in.dimension(),
                    categories.get(i),
                    weighted[i],
                    share,
                    interval == null ? null : interval.low(),
                    interval == null ? null : interval.high(),
                    null,
                    surveyShares[i],
                    gapPp,
                    ratio,
                    null,
                    Double.isNaN(pValues[i]) ? null : pValues[i],
                    Double.isNaN(pValues[i]) ? null : significant[i],
                    null));
            headsByCategory.put(categories.get(i), heads[i]);
            if (shares != null
                    && (worst < 0
                            || Math.abs(shares[i] - surveyShares[i]) > Math.abs(shares[worst] - surveyShares[worst]))) {
                worst = i;
            }
        }
        long noCounterpart =
                DimensionMetrics.addRowsWithoutCounterpart(in, survey.shares()::containsKey, gaps, headsByCategory);
        return new DimensionMetrics.Result(
                gaps,
                summary(in, nHeads, noCounterpart, shares, surveyShares, heads, categories, worst),
                headsByCategory);
    }

    private DimensionSummary summary(
            DimensionCounts in,
            long nHeads,
            long noCounterpart,
            double[] shares,
            double[] surveyShares,
            long[] heads,
            List<String> categories,
            int worst) {
        SurveyShares survey = in.survey();
        long m = survey.n();
        boolean defined = shares != null;
        double[] surveyCounts = new double[surveyShares.length];
        for (int i = 0; i < surveyShares.length; i++) {
            surveyCounts[i] = surveyShares[i] * m;
        }
        Double dissimilarity = defined ? DissimilarityIndex.of(shares, surveyShares) : null;
        // one pass of two-sample null draws serves D's tails and the homogeneity test's Monte-Carlo p-value
        ChanceJudgement.Result judged = defined
                ? chance.judge(
                        dissimilarity,
                        heads,
                        surveyShares,
                        m,
                        DimensionMetrics.seed(in),
                        ChiSquareHomogeneity.simulated(heads, surveyCounts))
                : null;
        ChiSquareHomogeneity.Result chi =
                defined ? ChiSquareHomogeneity.test(heads, surveyCounts, judged.nullReplicates()) : null;
        return new DimensionSummary(
                in.processId(),
                in.method(),
                in.stage(),
                in.dimension(),
                nHeads,
                in.nMissing(),
                noCounterpart,
                dissimilarity,
                defined ? HellingerDistance.of(shares, surveyShares) : null,
                chi == null ? null : chi.chi2(),
                chi == null ? null : chi.df(),
                chi == null ? null : chi.pValue(),
                chi == null ? null : Math.sqrt(chi.chi2() * (1.0 / chi.n() + 1.0 / m)),
                worst < 0 ? null : 100 * Math.abs(shares[worst] - surveyShares[worst]),
                worst < 0 ? null : categories.get(worst),
                in.populationTable(),
                in.universeMinAge(),
                in.universeMaxAge(),
                in.nOutsideUniverse(),
                judged == null ? null : judged.baseline(),
                DimensionSummary.SURVEY,
                m,
                survey.source());
    }
}
