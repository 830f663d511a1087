package se.spegel.jobs.disclosure;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * An attacker with the published metric files only ({@code metrics/*.csv}) and the method's
 * description ({@link AttackModel}), who wants the true counts behind them. Every count
 * becomes an unknown with the interval the published figure allows, tied to the others by
 * what holds of true counts whatever the method:
 * <ul>
 *   <li>a dimension's categories, missing answers and those outside its universe add up to
 *       the stage's participants in scope; in scope, outside the area and outside the eligible
 *       ages add up to the stage's participants;</li>
 *   <li>a later (cumulative) funnel stage holds no more of any cell than the one before
 *       (differencing across stages);</li>
 *   <li>an intersection's cells of one margin category add up to at most that category's
 *       count, exactly when neither has missing answers (intersections against margins);</li>
 *   <li>D, Hellinger and χ² of a dimension, with its n_valid (given, or χ²/w², or a published
 *       cell's n/share, which is where Wilson bounds and exact p-values lead too), fix how the
 *       withheld cells split the rest: every split consistent with all three is enumerated.</li>
 * </ul>
 * The intervals are then narrowed over all constraints until nothing changes. A count is
 * determined when its interval holds one value.
 */
final class PublishedTablesAttack {
    private static final double TOLERANCE = 1e-6;
    private static final long MAX_SPLITS = 200_000;

    private record Constraint(List<String> plus, List<String> minus, boolean equality) {}

    private final AttackModel model;
    private final Map<String, long[]> bounds = new LinkedHashMap<>();
    private final List<Constraint> constraints = new ArrayList<>();
    /** Per process, its stage names by index. */
    private final Map<String, Map<Integer, String>> stages = new HashMap<>();
    /** Dimensions whose answers without a counterpart have rows of their own. */
    private final java.util.Set<String> answersInRows = new java.util.HashSet<>();

    PublishedTablesAttack(AttackModel model) {
        this.model = model;
    }

    static String key(String process, String stage, String... rest) {
        return process + "|" + stage + "|" + String.join("|", rest);
    }

    /** The interval of every count the published files say something of. */
    Map<String, long[]> attack(Path metrics) throws IOException {
        List<CSVRecord> processRows = read(metrics.resolve("process_summary.csv"));
        List<CSVRecord> dimensionRows = read(metrics.resolve("dimension_summary.csv"));
        List<CSVRecord> categoryRows = read(metrics.resolve("category_gaps.csv"));
        processRows.forEach(this::stage);
        Map<String, List<CSVRecord>> byDimension = new LinkedHashMap<>();
        for (CSVRecord row : categoryRows) {
            String cell = key(row.get("process_id"), row.get("stage"), row.get("dimension"), row.get("category"));
            boolean populationCategory = !row.get("pop_share").isEmpty();
            narrow(
                    cell,
                    "true".equals(row.get("suppressed"))
                            ? model.withheld(populationCategory)
                            : model.range(whole(row.get("n")), populationCategory));
            byDimension
                    .computeIfAbsent(
                            key(row.get("process_id"), row.get("stage"), row.get("dimension")), k -> new ArrayList<>())
                    .add(row);
        }
        Map<String, CSVRecord> summaries = new HashMap<>();
        for (CSVRecord row : dimensionRows) {
            String dimension = key(row.get("process_id"), row.get("stage"), row.get("dimension"));
            summaries.put(dimension, row);
            dimension(row, byDimension.getOrDefault(dimension, List.of()));
        }
        for (CSVRecord row : dimensionRows) {
            if (row.get("dimension").contains("×")) {
                margins(row, byDimension, summaries);
            }
        }
        stageDifferences();
        propagate();
        return bounds;
    }

    private void stage(CSVRecord row) {
        String p = row.get("process_id");
        String s = row.get("stage");
        stages.computeIfAbsent(p, k -> new HashMap<>()).put(Integer.parseInt(row.get("stage_index")), s);
        String total = key(p, s, "#total");
        String in = key(p, s, "#in");
        String area = key(p, s, "#outA");
        String eligibility = key(p, s, "#outE");
        long[] areaRange = count(row.get("n_outside_area"));
        long[] eligibilityRange = count(row.get("n_outside_eligibility"));
        narrow(area, areaRange);
        narrow(eligibility, eligibilityRange);
        constraints.add(new Constraint(List.of(in, area, eligibility), List.of(total), true));
        String n = row.get("n");
        if (model.exactTotals()) {
            narrow(total, n.isEmpty() ? new long[] {1, model.minCount() - 1} : new long[] {whole(n), whole(n)});
        } else if (n.isEmpty()) {
            narrow(in, new long[] {0, model.minCount() - 1});
        } else {
            // n is the sum of the three perturbed parts: the part in scope, on the published scale
            long[] a = publishedScale(row.get("n_outside_area"));
            long[] e = publishedScale(row.get("n_outside_eligibility"));
            long low = Math.max(0, whole(n) - a[1] - e[1]);
            long high = whole(n) - a[0] - e[0];
            narrow(in, new long[] {model.range(low)[0], model.range(high)[1]});
        }
    }

    private void dimension(CSVRecord row, List<CSVRecord> cells) {
        String p = row.get("process_id");
        String s = row.get("stage");
        String d = row.get("dimension");
        String missing = key(p, s, d, "#missing");
        String outside = key(p, s, d, "#outside");
        narrow(missing, count(row.get("n_missing")));
        narrow(outside, count(row.get("n_outside_universe")));
        String noCounterpart = key(p, s, d, "#nocp");
        List<String> all = new ArrayList<>();
        List<String> valid = new ArrayList<>();
        List<String> without = new ArrayList<>();
        for (CSVRecord cell : cells) {
            String k = key(p, s, d, cell.get("category"));
            (cell.get("pop_share").isEmpty() ? without : valid).add(k);
        }
        all.addAll(valid);
        all.add(noCounterpart);
        all.add(missing);
        all.add(outside);
        constraints.add(new Constraint(all, List.of(key(p, s, "#in")), true));
        if (!without.isEmpty()) {
            constraints.add(new Constraint(without, List.of(noCounterpart), true));
            answersInRows.add(key(p, s, d));
        }
        if (model.exactTotals()) {
            String n = row.get("n_no_counterpart");
            narrow(noCounterpart, n.isEmpty() ? model.withheld() : new long[] {whole(n), whole(n)});
        } else if (without.isEmpty()) {
            // no rows of their own (an intersection's): the total is one perturbed cell
            narrow(noCounterpart, count(row.get("n_no_counterpart")));
        }
        String validKey = key(p, s, d, "#valid");
        constraints.add(new Constraint(valid, List.of(validKey), true));
        Long nValid = nValid(row, cells);
        if (model.exactTotals()) {
            narrow(validKey, nValid == null ? model.withheld() : new long[] {nValid, nValid});
        }
        if (nValid != null) {
            split(row, cells, nValid, p, s, d);
        }
    }

    /** n_valid on the published scale: given, or χ²/w², or n/share of a published cell, or the low end of a range. */
    private static Long nValid(CSVRecord row, List<CSVRecord> cells) {
        if (!row.get("n_valid").isEmpty()) {
            return whole(row.get("n_valid"));
        }
        if (!row.get("chi2").isEmpty() && !row.get("cohens_w").isEmpty() && number(row.get("cohens_w")) > 0) {
            double w = number(row.get("cohens_w"));
            return Math.round(number(row.get("chi2")) / (w * w));
        }
        for (CSVRecord cell : cells) {
            if (!cell.get("n").isEmpty() && !cell.get("share").isEmpty() && number(cell.get("share")) > 0) {
                return Math.round(number(cell.get("n")) / number(cell.get("share")));
            }
            if ("true".equals(cell.get("suppressed"))
                    && !cell.get("share_ci_low").isEmpty()) {
                return Math.round(1 / number(cell.get("share_ci_low")));
            }
        }
        return null;
    }

    /** Solving D, Hellinger and χ² for the withheld cells of one dimension. */
    private void split(CSVRecord row, List<CSVRecord> cells, long nValid, String p, String s, String d) {
        List<double[]> published = new ArrayList<>(); // {n, pop share}
        List<String> withheld = new ArrayList<>();
        List<Double> withheldPop = new ArrayList<>();
        long rest = nValid;
        for (CSVRecord cell : cells) {
            if (cell.get("pop_share").isEmpty()) {
                continue;
            }
            double pop = number(cell.get("pop_share"));
            if ("true".equals(cell.get("suppressed"))) {
                withheld.add(key(p, s, d, cell.get("category")));
                withheldPop.add(pop);
            } else {
                published.add(new double[] {number(cell.get("n")), pop});
                rest -= whole(cell.get("n"));
            }
        }
        if (withheld.isEmpty()
                || rest < withheld.size()
                || row.get("dissimilarity").isEmpty()) {
            return;
        }
        long max = Math.min(rest, model.withheldPublishedMax(rest));
        if (Math.pow(max, withheld.size() - 1) > MAX_SPLITS) {
            return; // too many splits to try: the attack gives up here
        }
        double[] target = {number(row.get("dissimilarity")), optional(row.get("hellinger")), optional(row.get("chi2"))};
        long[] low = new long[withheld.size()];
        long[] high = new long[withheld.size()];
        java.util.Arrays.fill(low, Long.MAX_VALUE);
        java.util.Arrays.fill(high, Long.MIN_VALUE);
        long[] values = new long[withheld.size()];
        boolean[] any = {false};
        enumerate(values, 0, rest, max, () -> {
            if (matches(published, values, withheldPop, nValid, target)) {
                any[0] = true;
                for (int i = 0; i < values.length; i++) {
                    low[i] = Math.min(low[i], values[i]);
                    high[i] = Math.max(high[i], values[i]);
                }
            }
        });
        if (any[0]) {
            for (int i = 0; i < withheld.size(); i++) {
                narrow(withheld.get(i), new long[] {model.range(low[i], true)[0], model.range(high[i], true)[1]});
            }
        }
    }

    private static void enumerate(long[] values, int at, long rest, long max, Runnable visit) {
        if (at == values.length - 1) {
            if (rest >= 1 && rest <= max) {
                values[at] = rest;
                visit.run();
            }
            return;
        }
        for (long v = 1; v <= Math.min(max, rest - (values.length - at - 1)); v++) {
            values[at] = v;
            enumerate(values, at + 1, rest - v, max, visit);
        }
    }

    private static boolean matches(
            List<double[]> published, long[] values, List<Double> pops, long n, double[] target) {
        double d = 0;
        double affinity = 0;
        double chi2 = 0;
        for (int i = 0; i < published.size() + values.length; i++) {
            double count = i < published.size() ? published.get(i)[0] : values[i - published.size()];
            double pop = i < published.size() ? published.get(i)[1] : pops.get(i - published.size());
            double share = count / n;
            d += Math.abs(share - pop) / 2;
            affinity += Math.sqrt(share * pop);
            chi2 += pop == 0 ? 0 : (count - n * pop) * (count - n * pop) / (n * pop);
        }
        double hellinger = Math.sqrt(Math.max(0, 1 - affinity));
        return close(d, target[0])
                && (Double.isNaN(target[1]) || close(hellinger, target[1]))
                && (Double.isNaN(target[2]) || close(chi2, target[2]));
    }

    private static boolean close(double a, double b) {
        return Math.abs(a - b) <= TOLERANCE * Math.max(1, Math.abs(b));
    }

    /** Intersection cells of one margin category against that category. */
    private void margins(CSVRecord row, Map<String, List<CSVRecord>> byDimension, Map<String, CSVRecord> summaries) {
        String p = row.get("process_id");
        String s = row.get("stage");
        String d = row.get("dimension");
        String[] parts = d.split("×");
        for (int side = 0; side < parts.length; side++) {
            CSVRecord margin = summaries.get(key(p, s, parts[side]));
            if (margin == null || !margin.get("population_table").equals(row.get("population_table"))) {
                continue;
            }
            // equal when nobody of the margin lacks the other answer or has one without a row
            boolean exact = isZero(key(p, s, d, "#missing"))
                    && isZero(key(p, s, parts[side], "#missing"))
                    && (answersInRows.contains(key(p, s, d)) || isZero(key(p, s, d, "#nocp")));
            Map<String, List<String>> byMarginCategory = new LinkedHashMap<>();
            for (CSVRecord cell : byDimension.getOrDefault(key(p, s, d), List.of())) {
                String[] categories = cell.get("category").split("×");
                byMarginCategory
                        .computeIfAbsent(categories[side], c -> new ArrayList<>())
                        .add(key(p, s, d, cell.get("category")));
            }
            String marginDimension = parts[side];
            byMarginCategory.forEach((category, cells) ->
                    constraints.add(new Constraint(cells, List.of(key(p, s, marginDimension, category)), exact)));
        }
    }

    private boolean isZero(String key) {
        long[] b = bounds.get(key);
        return b != null && b[1] == 0;
    }

    /** A later stage holds at most what the earlier one does, cell by cell. */
    private void stageDifferences() {
        for (String k : new ArrayList<>(bounds.keySet())) {
            String[] parts = k.split("\\|", 3);
            Map<Integer, String> names = stages.get(parts[0]);
            if (names == null) {
                continue;
            }
            names.forEach((index, name) -> {
                if (name.equals(parts[1]) && index > 0) {
                    String earlier = parts[0] + "|" + names.get(index - 1) + "|" + parts[2];
                    if (bounds.containsKey(earlier)) {
                        constraints.add(new Constraint(List.of(k), List.of(earlier), false));
                    }
                }
            });
        }
    }

    private void propagate() {
        boolean changed = true;
        for (int round = 0; changed && round < 500 && consistent(); round++) {
            changed = false;
            for (Constraint c : constraints) {
                changed |= narrowBy(c);
            }
        }
    }

    /** Whether every interval still holds a value: an empty one means the attacker's assumptions failed (it then stops). */
    boolean consistent() {
        return bounds.values().stream().allMatch(b -> b[0] <= b[1]);
    }

    /** Σ plus = Σ minus (or ≤): each unknown lies within what the others leave. */
    private boolean narrowBy(Constraint c) {
        long plusLow = 0, plusHigh = 0, minusLow = 0, minusHigh = 0;
        for (String k : c.plus()) {
            plusLow += get(k)[0];
            plusHigh += get(k)[1];
        }
        for (String k : c.minus()) {
            minusLow += get(k)[0];
            minusHigh += get(k)[1];
        }
        boolean changed = false;
        for (String k : c.plus()) {
            long[] b = get(k);
            long high = minusHigh - (plusLow - b[0]);
            long low = c.equality() ? minusLow - (plusHigh - b[1]) : 0;
            changed |= narrow(k, new long[] {low, high});
        }
        for (String k : c.minus()) {
            long[] b = get(k);
            long low = plusLow - (minusHigh - b[1]);
            long high = c.equality() ? plusHigh - (minusLow - b[0]) : AttackModel.UNBOUNDED;
            changed |= narrow(k, new long[] {low, high});
        }
        return changed;
    }

    private long[] get(String k) {
        return bounds.computeIfAbsent(k, x -> new long[] {0, AttackModel.UNBOUNDED});
    }

    private boolean narrow(String k, long[] range) {
        long[] b = get(k);
        long low = Math.max(b[0], Math.max(0, range[0]));
        long high = Math.min(b[1], range[1]);
        boolean changed = low != b[0] || high != b[1];
        b[0] = low;
        b[1] = high;
        return changed;
    }

    private long[] count(String cell) {
        return cell.isEmpty() ? model.withheld() : model.range(whole(cell));
    }

    /** A count on the published scale: a number as it is, a blank anywhere from 1 to k − 1 (or above, if complementary). */
    private long[] publishedScale(String cell) {
        if (!cell.isEmpty()) {
            return new long[] {whole(cell), whole(cell)};
        }
        return new long[] {1, model.minCount() - 1};
    }

    private static long whole(String text) {
        return Math.round(Double.parseDouble(text));
    }

    private static double number(String text) {
        return Double.parseDouble(text);
    }

    private static double optional(String text) {
        return text.isEmpty() ? Double.NaN : Double.parseDouble(text);
    }

    private static List<CSVRecord> read(Path file) throws IOException {
        try (Reader in = Files.newBufferedReader(file)) {
            return CSVFormat.DEFAULT
                    .builder()
                    .setHeader()
                    .setSkipHeaderRecord(true)
                    .build()
                    .parse(in)
                    .getRecords();
        }
    }
}
