package se.spegel.jobs.metrics;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import se.spegel.jobs.disclosure.CellPublication;
import se.spegel.schema.output.CategoryGap;
import se.spegel.schema.output.DimensionSummary;

/**
 * Computes category_gaps and dimension_summary rows for one process × stage × dimension
 * from counts alone: pure, no Spark.
 */
public final class DimensionMetrics {
    private final double ciLevel;
    private final ChanceJudgement chance;
    private final SurveyDimensionMetrics survey;

    /** With conf's default chance settings. */
    public DimensionMetrics(double ciLevel) {
        this(ciLevel, ChanceSettings.DEFAULTS);
    }

    public DimensionMetrics(double ciLevel, ChanceSettings chance) {
        this(ciLevel, chance, null);
    }

    /** @param publication how the counts it is given were published (null: as counted), for the chance null */
    public DimensionMetrics(double ciLevel, ChanceSettings chance, CellPublication publication) {
        this.ciLevel = ciLevel;
        this.chance = new ChanceJudgement(chance, publication);
        this.survey = new SurveyDimensionMetrics(ciLevel, chance, publication);
    }

    /** @param heads participants (head count) per category of {@code gaps}, for disclosure control */
    public record Result(List<CategoryGap> gaps, DimensionSummary summary, Map<String, Long> heads) {}

    public Result compute(DimensionCounts in) {
        if (in.survey() != null) {
            return survey.compute(in); // the population side is a survey: its sampling error enters every test
        }
        Map<String, CategoryCount> observed = new HashMap<>();
        in.participants().forEach(c -> observed.put(c.category(), c));
        List<String> categories = new ArrayList<>(in.population().keySet());
        int k = categories.size();
        double[] weighted = new double[k];
        long[] heads = new long[k];
        long[] pop = new long[k];
        for (int i = 0; i < k; i++) {
            CategoryCount count = observed.get(categories.get(i));
            weighted[i] = count == null ? 0 : count.weighted();
            heads[i] = count == null ? 0 : count.unweighted();
            pop[i] = in.population().get(categories.get(i));
        }
        double n = sum(weighted);
        long nHeads = sum(heads);
        long popTotal = sum(pop);
        double[] shares = divide(weighted, n);
        double[] popShares = divide(pop, popTotal);
        double[] pValues = pValues(heads, nHeads, popShares);

        List<CategoryGap> gaps = new ArrayList<>();
        boolean[] significant = significant(pValues);
        int worst = -1;
        for (int i = 0; i < k; i++) {
            gaps.add(gap(
                    in,
                    categories.get(i),
                    weighted[i],
                    heads[i],
                    nHeads,
                    shares,
                    popShares,
                    pop[i],
                    i,
                    pValues[i],
                    significant[i]));
            if (shares != null
                    && popShares != null
                    && (worst < 0 || Math.abs(shares[i] - popShares[i]) > Math.abs(shares[worst] - popShares[worst]))) {
                worst = i;
            }
        }
        Map<String, Long> headsByCategory = new HashMap<>();
        for (int i = 0; i < k; i++) {
            headsByCategory.put(categories.get(i), heads[i]);
        }
        long noCounterpart = addRowsWithoutCounterpart(in, in.population()::containsKey, gaps, headsByCategory);
        return new Result(
                gaps, summary(in, nHeads, noCounterpart, shares, popShares, heads, categories, worst), headsByCategory);
    }

    /**
     * The rows of the categories the compared side lacks (their own line, no shares), their heads
     * kept for disclosure control; returns how many participants they hold.
     */
    static long addRowsWithoutCounterpart(
            DimensionCounts in,
            java.util.function.Predicate<String> hasCounterpart,
            List<CategoryGap> gaps,
            Map<String, Long> headsByCategory) {
        long noCounterpart = 0;
        for (CategoryCount count : in.participants()) {
            if (!hasCounterpart.test(count.category())) {
                headsByCategory.put(count.category(), count.unweighted());
                noCounterpart += count.unweighted();
                gaps.add(new CategoryGap(
                        in.processId(),
                        in.method(),
                        in.stage(),
                        in.dimension(),
                        count.category(),
                        count.weighted(),
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null));
            }
        }
        return noCounterpart;
    }

    private CategoryGap gap(
            DimensionCounts in,
            String category,
            double weighted,
            long heads,
            long nHeads,
            double[] shares,
            double[] popShares,
            long pop,
            int i,
            double pValue,
            boolean significant) {
        Double share = shares == null ? null : shares[i];
        Double popShare = popShares == null ? null : popShares[i];
        WilsonInterval interval = WilsonInterval.of(heads, nHeads, ciLevel);
        Double gapPp = share == null || popShare == null ? null : 100 * (share - popShare);
        Double ratio = share == null || popShare == null || popShare == 0 ? null : share / popShare;
        Double per1000 = pop == 0 ? null : 1000 * weighted / pop;
        return new CategoryGap(
                in.processId(),
                in.method(),
                in.stage(),
                in.dimension(),
                category,
                weighted,
                share,
                interval == null ? null : interval.low(),
                interval == null ? null : interval.high(),
                pop,
                popShare,
                gapPp,
                ratio,
                per1000,
                Double.isNaN(pValue) ? null : pValue,
                Double.isNaN(pValue) ? null : significant,
                null);
    }

    private DimensionSummary summary(
            DimensionCounts in,
            long nHeads,
            long noCounterpart,
            double[] shares,
            double[] popShares,
            long[] heads,
            List<String> categories,
            int worst) {
        boolean defined = shares != null && popShares != null;
        Double dissimilarity = defined ? DissimilarityIndex.of(shares, popShares) : null;
        // one pass of null draws serves D's chance test and χ²'s Monte-Carlo p-value
        ChanceJudgement.Result judged = defined ? chance.judge(dissimilarity, heads, popShares, seed(in)) : null;
        ChiSquareGoodnessOfFit.Result chi =
                defined ? ChiSquareGoodnessOfFit.test(heads, popShares, seed(in), judged.nullReplicates()) : null;
        return new DimensionSummary(
                in.processId(),
                in.method(),
                in.stage(),
                in.dimension(),
                nHeads,
                in.nMissing(),
                noCounterpart,
                dissimilarity,
                defined ? HellingerDistance.of(shares, popShares) : null,
                chi == null ? null : chi.chi2(),
                chi == null ? null : chi.df(),
                chi == null ? null : chi.pValue(),
                chi == null ? null : Math.sqrt(chi.chi2() / chi.n()),
                worst < 0 ? null : 100 * Math.abs(shares[worst] - popShares[worst]),
                worst < 0 ? null : categories.get(worst),
                in.populationTable(),
                in.universeMinAge(),
                in.universeMaxAge(),
                in.nOutsideUniverse(),
                judged == null ? null : judged.baseline());
    }

    /** Seeded by what is tested, so a Monte-Carlo p-value is the same on every run. */
    static long seed(DimensionCounts in) {
        return (in.processId() + '|' + in.stage() + '|' + in.dimension()).hashCode();
    }

    private static double[] pValues(long[] heads, long n, double[] popShares) {
        double[] p = new double[heads.length];
        for (int i = 0; i < heads.length; i++) {
            p[i] = n == 0 || popShares == null
                    ? Double.NaN
                    : ExactBinomialTest.twoSided((int) heads[i], (int) n, popShares[i]);
        }
        return p;
    }

    private boolean[] significant(double[] pValues) {
        return significant(pValues, ciLevel);
    }

    /** Holm-corrected significance at 1 − ciLevel over the defined (non-NaN) p-values of one dimension. */
    static boolean[] significant(double[] pValues, double ciLevel) {
        boolean[] result = new boolean[pValues.length];
        List<Integer> defined = new ArrayList<>();
        for (int i = 0; i < pValues.length; i++) {
            if (!Double.isNaN(pValues[i])) {
                defined.add(i);
            }
        }
        double[] adjusted = HolmCorrection.adjust(
                defined.stream().mapToDouble(i -> pValues[i]).toArray());
        double alpha = 1 - ciLevel;
        for (int j = 0; j < defined.size(); j++) {
            result[defined.get(j)] = adjusted[j] < alpha;
        }
        return result;
    }

    private static double[] divide(double[] values, double total) {
        if (total <= 0) {
            return null;
        }
        double[] result = new double[values.length];
        for (int i = 0; i < values.length; i++) {
            result[i] = values[i] / total;
        }
        return result;
    }

    private static double[] divide(long[] values, long total) {
        double[] asDouble = new double[values.length];
        for (int i = 0; i < values.length; i++) {
            asDouble[i] = values[i];
        }
        return divide(asDouble, total);
    }

    private static double sum(double[] values) {
        double s = 0;
        for (double v : values) {
            s += v;
        }
        return s;
    }

    private static long sum(long[] values) {
        long s = 0;
        for (long v : values) {
            s += v;
        }
        return s;
    }
}
