package se.spegel.jobs.evaluate;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;
import se.spegel.jobs.metrics.PartialRIndicatorErrors;
import se.spegel.jobs.metrics.PartialRIndicators;
import se.spegel.schema.input.ProcessRow;
import se.spegel.schema.output.ResponseIndicator;

/**
 * The {@code response_indicators} rows of a random invitation (first stages invited > responded):
 * the cells of the model's variables (one dimension's categories, or the cells of the intersection
 * of two) with their invited and responded head counts, from the same participant cells as every
 * other metric, into {@link PartialRIndicators} and {@link PartialRIndicatorErrors}.
 *
 * <p>A category whose invited or responded count lies below the disclosure threshold gets no
 * values (its response rate would give the withheld count away), and when that leaves a single
 * category of a variable withheld, its variable's next smallest category too, as in category_gaps.
 */
final class ResponseIndicatorRows {
    private final List<String> variables;
    private final int samples;
    private final int minCount;

    ResponseIndicatorRows(List<String> variables, int samples, int minCount) {
        this.variables = List.copyOf(variables);
        this.samples = samples;
        this.minCount = minCount;
    }

    /** Whether a process starts with a random invitation, whose response stage the indicators describe. */
    static boolean isRandomInvitation(ProcessRow process) {
        return process.stages().size() > 1
                && process.stages().get(0).equals("invited")
                && process.stages().get(1).equals("responded");
    }

    /**
     * @param dimensions the compared dimension keys
     * @param cells a stage's in-scope head count per category of a dimension (by stage index and key)
     */
    List<ResponseIndicator> rows(
            ProcessRow process, List<String> dimensions, BiFunction<Integer, String, Map<String, Long>> cells) {
        Optional<String> model = modelKey(dimensions);
        if (!isRandomInvitation(process) || model.isEmpty()) {
            return List.of();
        }
        List<String> parts = List.of(model.get().split(ComparedDimension.INTERSECTION, -1));
        Map<String, Long> invited = cells.apply(0, model.get());
        Map<String, Long> responded = cells.apply(1, model.get());
        List<PartialRIndicators.Cell> modelCells = new ArrayList<>();
        invited.forEach((category, n) -> {
            String[] byPart = category.split(ComparedDimension.INTERSECTION, -1);
            List<String> categories =
                    variables.stream().map(v -> byPart[parts.indexOf(v)]).toList();
            // a perturbed count (cell-key method) may exceed the invited one: a rate is at most 1
            modelCells.add(
                    new PartialRIndicators.Cell(categories, n, Math.min(n, responded.getOrDefault(category, 0L))));
        });
        PartialRIndicators.Result result = PartialRIndicators.of(variables, modelCells);
        if (result == null) {
            return List.of();
        }
        long seed = (process.processId() + '|' + model.get() + "|r-indicators").hashCode();
        PartialRIndicatorErrors.Errors errors = PartialRIndicatorErrors.of(variables, modelCells, samples, seed);
        Map<String, Boolean> withheld = withheld(modelCells);
        List<ResponseIndicator> rows = new ArrayList<>();
        for (int i = 0; i < result.partials().size(); i++) {
            PartialRIndicators.Partial p = result.partials().get(i);
            boolean hidden = p.category() != null && withheld.get(p.variable() + '\u0000' + p.category());
            rows.add(new ResponseIndicator(
                    process.processId(),
                    process.method().code(),
                    process.stages().get(1),
                    model.get(),
                    p.variable(),
                    p.category(),
                    hidden ? null : p.unconditional(),
                    hidden || errors == null ? null : errors.unconditional().get(i),
                    hidden ? null : p.conditional(),
                    hidden || errors == null ? null : errors.conditional().get(i),
                    result.responseRate(),
                    result.coefficientOfVariation(),
                    errors == null ? null : errors.coefficientOfVariation(),
                    hidden));
        }
        return rows;
    }

    /** The compared dimension whose categories are the model's cells: the variable itself, or the pair's intersection. */
    private Optional<String> modelKey(List<String> dimensions) {
        if (variables.size() == 1) {
            return dimensions.contains(variables.get(0)) ? Optional.of(variables.get(0)) : Optional.empty();
        }
        String forward = String.join(ComparedDimension.INTERSECTION, variables);
        String backward = variables.get(1) + ComparedDimension.INTERSECTION + variables.get(0);
        return dimensions.contains(forward)
                ? Optional.of(forward)
                : dimensions.contains(backward) ? Optional.of(backward) : Optional.empty();
    }

    /** Per "variable\0category": whether its values are withheld. */
    private Map<String, Boolean> withheld(List<PartialRIndicators.Cell> cells) {
        Map<String, Boolean> withheld = new HashMap<>();
        for (int v = 0; v < variables.size(); v++) {
            Map<String, long[]> totals = new LinkedHashMap<>();
            for (PartialRIndicators.Cell cell : cells) {
                long[] t = totals.computeIfAbsent(cell.categories().get(v), c -> new long[2]);
                t[0] += cell.invited();
                t[1] += cell.responded();
            }
            List<String> small = totals.entrySet().stream()
                    .filter(e -> isSmall(e.getValue()[0]) || isSmall(e.getValue()[1]))
                    .map(Map.Entry::getKey)
                    .toList();
            List<String> hidden = new ArrayList<>(small);
            if (small.size() == 1) {
                totals.entrySet().stream()
                        .filter(e -> !small.contains(e.getKey()) && e.getValue()[0] > 0)
                        .min(java.util.Comparator.comparingLong((Map.Entry<String, long[]> e) -> e.getValue()[0]))
                        .ifPresent(e -> hidden.add(e.getKey()));
            }
            String variable = variables.get(v);
            totals.keySet().forEach(c -> withheld.put(variable + '\u0000' + c, hidden.contains(c)));
        }
        return withheld;
    }

    private boolean isSmall(long count) {
        return count > 0 && count < minCount;
    }
}
