package se.spegel.jobs.compare;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import se.spegel.schema.output.MethodComparison;
import se.spegel.schema.output.MethodComparisonProcess;
import se.spegel.schema.output.MethodTrend;

/** D per method × dimension (with bootstrap intervals) and per method × dimension × year. */
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
        Map<Cell, List<Double>> values = new LinkedHashMap<>();
        for (MethodComparisonProcess p : processes) {
            values.computeIfAbsent(new Cell(p.method(), p.dimension()), k -> new ArrayList<>()).add(p.dissimilarity());
        }
        Comparator<Cell> order = Comparator.comparing(Cell::method, MethodOrder.CODES)
                .thenComparing(Cell::dimension, firstAppearance(processes));
        List<MethodComparison> rows = new ArrayList<>();
        values.keySet().stream().sorted(order).forEach(cell -> rows.add(row(cell, toArray(values.get(cell)))));
        return rows;
    }

    private MethodComparison row(Cell cell, double[] d) {
        PercentileBootstrap.Intervals intervals =
                bootstrap.of(d, StreamSeeds.forCell(settings.seed(), cell.method(), cell.dimension()));
        return new MethodComparison(cell.method(), cell.dimension(), d.length,
                Quantiles.mean(d), intervals.mean().low(), intervals.mean().high(),
                Quantiles.median(d), intervals.median().low(), intervals.median().high(),
                min(d), max(d), settings.level(), settings.bootstrapSamples(), settings.seed());
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
        return values.keySet().stream().sorted(order).map(cell -> {
            double[] d = toArray(values.get(cell));
            return new MethodTrend(cell.method(), cell.dimension(), cell.period(), d.length, Quantiles.mean(d),
                    Quantiles.median(d));
        }).toList();
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
