package se.spegel.bench.generate;

import java.util.Locale;

/** Sizes as the benchmark command takes them: 1M, 10M, 500k, or a plain number. */
public final class Sizes {
    private Sizes() {}

    public static long parse(String text) {
        String t = text.trim().toLowerCase(Locale.ROOT).replace("_", "");
        long factor = t.endsWith("m") ? 1_000_000L : t.endsWith("k") ? 1_000L : 1L;
        String digits = factor == 1 ? t : t.substring(0, t.length() - 1);
        try {
            return Math.round(Double.parseDouble(digits) * factor);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("not a size: '" + text + "' (e.g. 1M, 500k, 2000000)");
        }
    }
}
