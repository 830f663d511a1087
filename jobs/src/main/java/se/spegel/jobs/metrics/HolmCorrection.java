package se.spegel.jobs.metrics;

import java.util.Arrays;
import java.util.Comparator;

/** Holm's step-down adjustment of p-values (as R's p.adjust(method = "holm")). */
public final class HolmCorrection {
    private HolmCorrection() {}

    public static double[] adjust(double[] pValues) {
        int m = pValues.length;
        Integer[] order = new Integer[m];
        for (int i = 0; i < m; i++) {
            order[i] = i;
        }
        Arrays.sort(order, Comparator.comparingDouble(i -> pValues[i]));
        double[] adjusted = new double[m];
        double running = 0;
        for (int rank = 0; rank < m; rank++) {
            int i = order[rank];
            running = Math.max(running, Math.min(1.0, (m - rank) * pValues[i]));
            adjusted[i] = running;
        }
        return adjusted;
    }
}
