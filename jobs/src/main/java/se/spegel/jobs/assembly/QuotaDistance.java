package se.spegel.jobs.assembly;

/**
 * The distance between a panel and the ideal seats that Digidem Lab's swedish-sortition lottery
 * minimises (swedish_sortition.py, {@code Sortition.distance} and {@code get_sample}): per
 * criterion, the Euclidean norm of (seats − ideal seats) over the criterion's values divided by
 * the number of values, {@code d_f = ‖n_f − t_f‖₂ / K_f}; for the panel, {@code Σ_f w_f · d_f}
 * with each criterion's weight. The tool draws many panels and keeps the one with the smallest
 * total, so the figure says how close the panel that took part came to what the lottery aimed
 * at. Participants whose value the criterion does not list do not count (the tool's
 * {@code fillna(0)}).
 */
public final class QuotaDistance {
    private QuotaDistance() {}

    /** {@code ‖n − t‖₂ / K} for one criterion's K values. */
    public static double criterion(double[] seats, double[] ideal) {
        if (seats.length != ideal.length || seats.length == 0) {
            throw new IllegalArgumentException("a criterion needs as many seats as ideal values, at least one");
        }
        double squares = 0;
        for (int i = 0; i < seats.length; i++) {
            squares += (seats[i] - ideal[i]) * (seats[i] - ideal[i]);
        }
        return Math.sqrt(squares) / seats.length;
    }

    /** {@code Σ w_f · d_f}. */
    public static double weighted(double[] distances, double[] weights) {
        double total = 0;
        for (int i = 0; i < distances.length; i++) {
            total += weights[i] * distances[i];
        }
        return total;
    }
}
