package se.spegel.bench.generate;

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
        double[] remainders = new double[weights.length];
        long assigned = 0;
        for (int i = 0; i < weights.length; i++) {
            double exact = total * weights[i] / sum;
            parts[i] = (long) Math.floor(exact);
            remainders[i] = exact - parts[i];
            assigned += parts[i];
        }
        for (long left = total - assigned; left > 0; left--) {
            int largest = 0;
            for (int i = 1; i < remainders.length; i++) {
                if (remainders[i] > remainders[largest]) {
                    largest = i;
                }
            }
            parts[largest]++;
            remainders[largest] = -1;
        }
        return parts;
    }
}
