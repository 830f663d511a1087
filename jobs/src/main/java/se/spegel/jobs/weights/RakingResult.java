package se.spegel.jobs.weights;

/**
 * The outcome of raking.
 *
 * @param cellWeights final weight sum per cell, in the order the cells were given; a person's
 *                    weight is their cell's sum divided by its heads
 * @param converged whether every margin was met within the tolerance (and every weight within its bounds)
 * @param iterations raking cycles used, over all trimming rounds
 * @param maxMarginError largest |weighted share − population share| over all categories at the end
 * @param trimmedCells cells whose weight was set to a bound
 */
public record RakingResult(
        double[] cellWeights, boolean converged, int iterations, double maxMarginError, int trimmedCells) {
    /** The factor by which raking multiplied the cell's base weight. */
    public double adjustment(RakingCell cell, int index) {
        return cellWeights[index] / cell.baseWeight();
    }

    /** The weight of each person in the cell. */
    public double personWeight(RakingCell cell, int index) {
        return cellWeights[index] / cell.heads();
    }
}
