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
        PartialRIndicators.Result estimate = PartialRIndicators.of(variables, cells);
        if (estimate == null) {
            return null;
        }
        UniformRandomProvider random = RandomSource.SPLIT_MIX_64.create(seed);
        List<BinomialSampler> response = new ArrayList<>();
        for (PartialRIndicators.Cell cell : cells) {
            double rate = cell.invited() == 0 ? 0 : (double) cell.responded() / cell.invited();
            response.add(new BinomialSampler(random, cell.invited(), rate));
        }
        int rows = estimate.partials().size();
        StandardDeviation[] unconditional = spreads(rows);
        StandardDeviation[] conditional = spreads(rows);
        StandardDeviation cv = new StandardDeviation();
        for (int b = 0; b < samples; b++) {
            List<PartialRIndicators.Cell> replicate = new ArrayList<>(cells.size());
            for (int c = 0; c < cells.size(); c++) {
                PartialRIndicators.Cell cell = cells.get(c);
                replicate.add(new PartialRIndicators.Cell(cell.categories(), cell.invited(), response.get(c).sample()));
            }
            PartialRIndicators.Result r = PartialRIndicators.of(variables, replicate);
            if (r == null) {
                continue;
            }
            for (int i = 0; i < rows; i++) {
                unconditional[i].increment(r.partials().get(i).unconditional());
                conditional[i].increment(r.partials().get(i).conditional());
            }
            cv.increment(r.coefficientOfVariation());
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
