package se.spegel.jobs.weights;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Raking (iterative proportional fitting, Deming &amp; Stephan 1940) of participant cells to
 * population margins, with optional weight trimming.
 *
 * <p>One cycle adjusts each dimension in turn: every cell of category k is multiplied by
 * target_k / current_k, where target_k = population share of k × total base weight. The total
 * weight therefore stays the total base weight, and the mean weight stays the mean base weight
 * (1 when no weights were given). Cycles repeat until every weighted share lies within the
 * tolerance of its population share.
 *
 * <p>Trimming, when bounds are given: after raking has converged, every cell whose per-person
 * weight lies outside [min × mean, max × mean] is set to the bound it crossed and held there;
 * the remaining cells are raked again to the margins (each step now spreads target_k minus the
 * held cells' weight over the free cells of k). This repeats until no free cell crosses a
 * bound. Held cells stay at their bound, so the final weights respect the bounds exactly; the
 * margins are met whenever the bounds allow it, and otherwise (or when the iterations run out)
 * the weights are clamped to the bounds once more and the result reports non-convergence with
 * the remaining margin error (Deville &amp; Särndal's bounded calibration,
 * reached by IPF as in Izrael, Hoaglin &amp; Battaglia's IHB raking with capped weights).
 */
public final class Raking {
    /** A weight counts as beyond a bound only when it misses it by more than this relative slack. */
    private static final double BOUND_SLACK = 1e-9;

    private final List<RakingMargin> margins;
    private final List<RakingCell> cells;
    private final RakingSettings settings;
    /** categoryOf[d][c]: index of cell c's category in dimension d's category list. */
    private final int[][] categoryOf;
    /** target[d][k]: the weight category k of dimension d must carry. */
    private final double[][] target;

    private final double total;
    private final double meanWeight;
    private final double[] weights;
    private final boolean[] held;
    private int iterations;

    private Raking(List<RakingMargin> margins, List<RakingCell> cells, RakingSettings settings) {
        this.margins = List.copyOf(margins);
        this.cells = List.copyOf(cells);
        this.settings = settings;
        this.total = cells.stream().mapToDouble(RakingCell::baseWeight).sum();
        this.meanWeight = total / cells.stream().mapToLong(RakingCell::heads).sum();
        this.categoryOf = new int[margins.size()][cells.size()];
        this.target = new double[margins.size()][];
        for (int d = 0; d < margins.size(); d++) {
            index(d);
        }
        this.weights = cells.stream().mapToDouble(RakingCell::baseWeight).toArray();
        this.held = new boolean[cells.size()];
    }

    /**
     * Rakes the cells to the margins.
     *
     * @throws InfeasibleMarginException when a category has residents but no participant
     * @throws IllegalArgumentException when a cell's category has no residents (such
     *         participants must be left out before raking) or the cells do not fit the margins
     */
    public static RakingResult rake(List<RakingMargin> margins, List<RakingCell> cells, RakingSettings settings) {
        if (margins.isEmpty() || cells.isEmpty()) {
            throw new IllegalArgumentException("raking needs at least one margin and one cell");
        }
        return new Raking(margins, cells, settings).run();
    }

    private void index(int d) {
        RakingMargin margin = margins.get(d);
        List<String> categories = new ArrayList<>(margin.population().keySet());
        Map<String, Integer> position = new HashMap<>();
        categories.forEach(k -> position.put(k, position.size()));
        double[] reached = new double[categories.size()];
        for (int c = 0; c < cells.size(); c++) {
            RakingCell cell = cells.get(c);
            if (cell.categories().size() != margins.size()) {
                throw new IllegalArgumentException(
                        "a cell has " + cell.categories().size() + " categories for " + margins.size() + " margins");
            }
            String category = cell.categories().get(d);
            Integer k = position.get(category);
            if (k == null || margin.population().get(category) == 0) {
                throw new IllegalArgumentException(
                        margin.dimension() + " category '" + category + "' has no residents");
            }
            categoryOf[d][c] = k;
            reached[k] += cell.baseWeight();
        }
        target[d] = new double[categories.size()];
        for (int k = 0; k < categories.size(); k++) {
            double population = margin.population().get(categories.get(k));
            if (population > 0 && reached[k] == 0) {
                throw new InfeasibleMarginException(margin.dimension(), categories.get(k), population);
            }
            target[d][k] = total * population / margin.total();
        }
    }

    private RakingResult run() {
        while (rakeFreeCells()) {
            if (!holdCellsBeyondBounds()) {
                return result(true);
            }
        }
        // the margins cannot be met (within the bounds, or in time); the bounds still hold
        holdCellsBeyondBounds();
        return result(false);
    }

    /** Raking cycles over the cells not held at a bound; true when the margins were met in time. */
    private boolean rakeFreeCells() {
        while (iterations < settings.maxIterations()) {
            iterations++;
            for (int d = 0; d < margins.size(); d++) {
                if (!adjust(d)) {
                    return false;
                }
            }
            if (maxMarginError() <= settings.tolerance()) {
                return true;
            }
        }
        return false;
    }

    /** One raking step on dimension d; false when held cells alone already exceed a target. */
    private boolean adjust(int d) {
        int categories = target[d].length;
        double[] free = new double[categories];
        double[] fixed = new double[categories];
        for (int c = 0; c < cells.size(); c++) {
            (held[c] ? fixed : free)[categoryOf[d][c]] += weights[c];
        }
        double[] factor = new double[categories];
        for (int k = 0; k < categories; k++) {
            double remaining = target[d][k] - fixed[k];
            if (free[k] > 0 && remaining <= 0) {
                return false;
            }
            factor[k] = free[k] > 0 ? remaining / free[k] : 1;
        }
        for (int c = 0; c < cells.size(); c++) {
            if (!held[c]) {
                weights[c] *= factor[categoryOf[d][c]];
            }
        }
        return true;
    }

    /** Largest |weighted share − population share| over every category of every dimension. */
    private double maxMarginError() {
        double worst = 0;
        for (int d = 0; d < margins.size(); d++) {
            double[] reached = new double[target[d].length];
            for (int c = 0; c < cells.size(); c++) {
                reached[categoryOf[d][c]] += weights[c];
            }
            for (int k = 0; k < reached.length; k++) {
                worst = Math.max(worst, Math.abs(reached[k] - target[d][k]) / total);
            }
        }
        return worst;
    }

    /** Sets every free cell beyond a bound to that bound and holds it; true when any was. */
    private boolean holdCellsBeyondBounds() {
        boolean any = false;
        for (int c = 0; c < cells.size(); c++) {
            if (held[c]) {
                continue;
            }
            double perPerson = weights[c] / cells.get(c).heads();
            Double bound = null;
            if (settings.maxRelativeWeight() != null
                    && perPerson > settings.maxRelativeWeight() * meanWeight * (1 + BOUND_SLACK)) {
                bound = settings.maxRelativeWeight();
            } else if (settings.minRelativeWeight() != null
                    && perPerson < settings.minRelativeWeight() * meanWeight * (1 - BOUND_SLACK)) {
                bound = settings.minRelativeWeight();
            }
            if (bound != null) {
                weights[c] = bound * meanWeight * cells.get(c).heads();
                held[c] = true;
                any = true;
            }
        }
        return any;
    }

    private RakingResult result(boolean converged) {
        int trimmed = 0;
        for (boolean h : held) {
            trimmed += h ? 1 : 0;
        }
        return new RakingResult(weights.clone(), converged, iterations, maxMarginError(), trimmed);
    }
}
