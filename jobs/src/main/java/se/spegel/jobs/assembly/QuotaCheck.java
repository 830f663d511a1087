package se.spegel.jobs.assembly;

/**
 * Whether a panel's count of one quota value meets the quota, and by how much it misses.
 *
 * <p>A quota with bounds is met when {@code min ≤ n ≤ max} (either bound may be absent), as
 * sortition-algorithms and the Sortition Foundation's stratification app define a feasible panel.
 * A quota with a target only (swedish-sortition's ideal seats, often fractional, e.g. 20.55 of 42)
 * is met when n is one of the whole numbers nearest the target, ⌊target⌋ ≤ n ≤ ⌈target⌉: no panel
 * can do better.
 *
 * <p>The deviation is {@code n − target} when the quota has a target; otherwise the distance to
 * the nearest bound it breaks ({@code n − min} below, {@code n − max} above, 0 within).
 */
public final class QuotaCheck {
    private QuotaCheck() {}

    public static boolean within(double n, Double min, Double max, Double target) {
        if (min == null && max == null) {
            return target == null || (n >= Math.floor(target) && n <= Math.ceil(target));
        }
        return (min == null || n >= min) && (max == null || n <= max);
    }

    public static double deviation(double n, Double min, Double max, Double target) {
        if (target != null) {
            return n - target;
        }
        if (min != null && n < min) {
            return n - min;
        }
        if (max != null && n > max) {
            return n - max;
        }
        return 0;
    }
}
