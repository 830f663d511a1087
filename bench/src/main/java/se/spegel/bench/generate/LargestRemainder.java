package se.spegel.bench.generate;

import java.util.Comparator;
import java.util.stream.IntStream;

/**
 * Splits a whole number into whole parts proportional to weights, so that the parts add up
 * exactly (Hamilton's largest-remainder method): synthetic small-area counts then add up to
 * the real municipal totals they were split from.
 */
final class LargestRemainder {
    private LargestRemainder() {}

    static long[] split(long total, double[] weights) {
        double sum = 0;
        for (double w : weights) {
            sum += w;
        }
        long[] parts = new long[weights.length];
        if (total == 0 || sum <= 0) {
            return parts;
        }
        double[] exact = new double[weights.length];
        long left = total;
        for (int i = 0; i < weights.length; i++) {
            exact[i] = total * weights[i] / sum;
            parts[i] = (long) Math.floor(exact[i]);
            left -= parts[i];
        }
        // the units lost to rounding down go to the largest fractional parts, ties to the first
        int[] byRemainder = IntStream.range(0, weights.length)
                .boxed()
                .sorted(Comparator.comparingDouble((Integer i) -> parts[i] - exact[i])
                        .thenComparingInt(i -> i))
                .mapToInt(Integer::intValue)
                .toArray();
        for (int j = 0; j < left; j++) {
            parts[byRemainder[j]]++;
        }
        return parts;
    }
}
