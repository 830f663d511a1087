package se.spegel.jobs.metrics;

import java.util.ArrayList;
import java.util.List;
import org.apache.commons.math3.stat.descriptive.moment.StandardDeviation;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.simple.RandomSource;

/**
 * Standard errors of the {@link PartialRIndicators} by parametric bootstrap (Efron and Tibshirani
 * 1993, §6.5): the invited of each cell are fixed by the invitation (a register sample), and their
 * response is redrawn B times as Binomial(N_c, ρ̂_c) with ρ̂_c the cell's observed response rate
 * ({@link BinomialSampler}, one seeded stream). Each replicate's indicators are recomputed; a
 * standard error is the standard deviation (divisor B − 1) of its replicates. The RISQ tools also
 * give analytic approximations (Shlomo, Skinner and Schouten 2012, Journal of Statistical Planning
 * and Inference 142, 201–211); the bootstrap needs no linearisation of the square root, which is
 * poor near zero, where small processes' partials often lie. Replicates in which nobody
 * responded have no indicators and are left out.
 */
public final class PartialRIndicatorErrors {
    private PartialRIndicatorErrors() {}

    /** Standard errors in the order of {@link PartialRIndicators.Result#partials()}, and of the CV. */
    public record Errors(List<Double> unconditional, List<Double> conditional, Double coefficientOfVariation) {}

    /** Null when the indicators themselves are undefined or fewer than two replicates are. */
    public static Errors of(List<String> variables, List<PartialRIndicators.Cell> cells, int samples, long seed) {
        PartialRIndicators.Model model = new PartialRIndicators.Model(variables, cells);
        long[] invited = new long[cells.size()];
        long[] responded = new long[cells.size()];
        for (int c = 0; c < cells.size(); c++) {
            invited[c] = cells.get(c).invited();
            responded[c] = cells.get(c).responded();
        }
        if (model.compute(invited, responded) == null) {
            return null;
        }
        UniformRandomProvider random = RandomSource.SPLIT_MIX_64.create(seed);
        BinomialSampler[] response = new BinomialSampler[cells.size()];
        for (int c = 0; c < cells.size(); c++) {
            response[c] =
                    new BinomialSampler(random, invited[c], invited[c] == 0 ? 0 : (double) responded[c] / invited[c]);
        }
        int rows = model.rows();
        StandardDeviation[] unconditional = spreads(rows);
        StandardDeviation[] conditional = spreads(rows);
        StandardDeviation cv = new StandardDeviation();
        long[] replicate = new long[cells.size()];
        for (int b = 0; b < samples; b++) {
            for (int c = 0; c < cells.size(); c++) {
                replicate[c] = response[c].sample();
            }
            double[] r = model.compute(invited, replicate);
            if (r == null) {
                continue;
            }
            for (int i = 0; i < rows; i++) {
                unconditional[i].increment(r[2 + 2 * i]);
                conditional[i].increment(r[3 + 2 * i]);
            }
            cv.increment(r[1]);
        }
        if (cv.getN() < 2) {
            return null;
        }
        List<Double> u = new ArrayList<>();
        List<Double> c = new ArrayList<>();
        for (int i = 0; i < rows; i++) {
            u.add(unconditional[i].getResult());
            c.add(conditional[i].getResult());
        }
        return new Errors(u, c, cv.getResult());
    }

    private static StandardDeviation[] spreads(int n) {
        StandardDeviation[] spreads = new StandardDeviation[n];
        for (int i = 0; i < n; i++) {
            spreads[i] = new StandardDeviation(); // bias-corrected: divisor B − 1
        }
        return spreads;
    }
}
