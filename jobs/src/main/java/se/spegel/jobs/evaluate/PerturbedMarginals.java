package se.spegel.jobs.evaluate;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.List;
import se.spegel.jobs.disclosure.PerturbationTable;

/**
 * The participant cells as they are published: each cell's head count perturbed by the cell
 * key method ({@link PerturbationTable}, keyed by the sum of its members' record keys), before
 * any metric is computed, so that every share, interval, test, D, χ², total and R-indicator is
 * a function of perturbed counts alone. A weighted count is scaled by the same factor
 * (published heads / true heads): the cell's mean weight stays, which says nothing about its
 * size, and a weighted share moves as the head count does.
 */
final class PerturbedMarginals {
    private PerturbedMarginals() {}

    static List<Marginal> of(List<Marginal> marginals, PerturbationTable table) {
        if (!table.protects()) {
            return marginals;
        }
        return marginals.stream().map(m -> perturbed(m, table)).toList();
    }

    private static Marginal perturbed(Marginal m, PerturbationTable table) {
        long published = table.perturb(m.heads(), m.cellKey());
        if (published == m.heads()) {
            return m;
        }
        BigDecimal weight = m.exactWeight()
                .multiply(BigDecimal.valueOf(published))
                .divide(BigDecimal.valueOf(m.heads()), MathContext.DECIMAL64);
        return m.withCounts(published, weight);
    }
}
