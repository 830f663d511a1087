package se.spegel.jobs.compare;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import se.spegel.schema.output.MethodComparison;
import se.spegel.schema.output.MethodComparisonProcess;
import se.spegel.schema.output.MethodTrend;

/**
 * D per method × dimension (with bootstrap intervals) and per method × dimension × year. Raw D
 * favours methods with large processes (a random group of 40 shows D ≈ 0.16 in eight age bands, one
 * of 4 000 almost none), so each method × dimension also gets the size-fair summary: the mean and
 * median of D − E[D] (the part chance does not explain; with the same percentile bootstrap interval
 * as D's mean), the mean bias-corrected D, the processes' sizes and how many were judged worse than
 * chance. Processes whose excess is withheld (their n_valid was) are left out of the excess figures.
 */
final class DissimilarityStatistics {

    private final ComparisonSettings settings;
    private final PercentileBootstrap bootstrap;

    DissimilarityStatistics(ComparisonSettings settings) {
        this.settings = settings;
        this.bootstrap = new PercentileBootstrap(settings.bootstrapSamples(), settings.level());
    }

    private record Cell(String method, String dimension) {}

    private record YearCell(String method, String dimension, int period) {}

    /** Rows ordered by method (contract order), then dimension in the order dimensions first appear. */
    List<MethodComparison> byMethod(List<MethodComparisonProcess> processes) {
        Map<Cell, List<MethodComparisonProcess>> values = new LinkedHashMap<>();
        for (MethodComparisonProcess p : processes) {
            values.computeIfAbsent(new Cell(p.method(), p.dimension()), k -> new ArrayList<>())
                    .add(p);
        }
        Comparator<Cell> order = Comparator.comparing(Cell::method, MethodOrder.CODES)
                .thenComparing(Cell::dimension, firstAppearance(processes));
        List<MethodComparison> rows = new ArrayList<>();
        values.keySet().stream().sorted(order).forEach(cell -> rows.add(row(cell, values.get(cell))));
        return rows;
    }

    private MethodComparison row(Cell cell, List<MethodComparisonProcess> processes) {
        double[] d = processes.stream()
                .mapToDouble(MethodComparisonProcess::dissimilarity)
                .toArray();
        PercentileBootstrap.Intervals intervals =
                bootstrap.of(d, StreamSeeds.forCell(settings.seed(), cell.method(), cell.dimension()));
        double[] excess = present(processes, MethodComparisonProcess::excess);
        // the excess's own stream (another cell name), so D's intervals stay what they were
        PercentileBootstrap.Intervals excessIntervals = excess.length == 0
                ? null
                : bootstrap.of(
                        excess, StreamSeeds.forCell(settings.seed(), cell.method(), cell.dimension() + "|excess"));
        double[] corrected = present(processes, MethodComparisonProcess::corrected);
        double[] sizes = present(processes, MethodComparisonProcess::n);
        boolean judged = processes.stream().anyMatch(p -> p.verdict() != null);
        return new MethodComparison(
                cell.method(),
                cell.dimension(),
                d.length,
                Quantiles.mean(d),
                intervals.mean().low(),
                intervals.mean().high(),
                Quantiles.median(d),
                intervals.median().low(),
                intervals.median().high(),
                min(d),
                max(d),
                settings.level(),
                settings.bootstrapSamples(),
                settings.seed(),
                excess.length == 0 ? null : Quantiles.mean(excess),
                excessIntervals == null ? null : excessIntervals.mean().low(),
                excessIntervals == null ? null : excessIntervals.mean().high(),
                excess.length == 0 ? null : Quantiles.median(excess),
                corrected.length == 0 ? null : Quantiles.mean(corrected),
                sizes.length == 0 ? null : Quantiles.median(sizes),
                sizes.length == 0 ? null : min(sizes),
                sizes.length == 0 ? null : max(sizes),
                judged
                        ? (int) processes.stream()
                                .filter(p -> p.verdict() != null && p.verdict().startsWith("worse_"))
                                .count()
                        : null);
    }

    private static double[] present(
            List<MethodComparisonProcess> processes,
            java.util.function.Function<MethodComparisonProcess, Double> value) {
        return processes.stream()
                .map(value)
                .filter(java.util.Objects::nonNull)
                .mapToDouble(Double::doubleValue)
                .toArray();
    }

    /** Rows ordered by method, dimension (first appearance) and year. */
    List<MethodTrend> byYear(List<MethodComparisonProcess> processes) {
        Map<YearCell, List<Double>> values = new LinkedHashMap<>();
        for (MethodComparisonProcess p : processes) {
            values.computeIfAbsent(new YearCell(p.method(), p.dimension(), p.period()), k -> new ArrayList<>())
                    .add(p.dissimilarity());
        }
        Comparator<YearCell> order = Comparator.comparing(YearCell::method, MethodOrder.CODES)
                .thenComparing(YearCell::dimension, firstAppearance(processes))
                .thenComparingInt(YearCell::period);
        return values.keySet().stream()
                .sorted(order)
                .map(cell -> {
                    double[] d = toArray(values.get(cell));
                    return new MethodTrend(
                            cell.method(),
                            cell.dimension(),
                            cell.period(),
                            d.length,
                            Quantiles.mean(d),
                            Quantiles.median(d));
                })
                .toList();
    }

    static Comparator<String> firstAppearance(List<MethodComparisonProcess> processes) {
        Map<String, Integer> position = new LinkedHashMap<>();
        processes.forEach(p -> position.putIfAbsent(p.dimension(), position.size()));
        return Comparator.comparing(position::get);
    }

    private static double[] toArray(List<Double> values) {
        return values.stream().mapToDouble(Double::doubleValue).toArray();
    }

    private static double min(double[] d) {
        return java.util.Arrays.stream(d).min().orElseThrow();
    }

    private static double max(double[] d) {
        return java.util.Arrays.stream(d).max().orElseThrow();
    }
}
