package se.spegel.jobs.weights;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import se.spegel.jobs.evaluate.ComparedDimension;
import se.spegel.jobs.evaluate.PopulationAggregator;
import se.spegel.jobs.metrics.DissimilarityIndex;
import se.spegel.jobs.model.AreaHierarchy;
import se.spegel.schema.config.SpegelConfig;
import se.spegel.schema.input.InputException;
import se.spegel.schema.input.ParticipantRow;
import se.spegel.schema.input.ProcessRow;
import se.spegel.schema.output.ParticipantWeight;
import se.spegel.schema.output.RakingDiagnostic;

/**
 * Rakes the participants of one process (those who reached a funnel stage) to the population
 * margins evaluate compares them with: the same population tables, target area, eligible ages
 * and age universe. Participants who share every category and their base weight form one cell.
 */
public final class ProcessRaking {
    private final PopulationAggregator population;
    private final AreaHierarchy areas;
    private final RakingSettings settings;

    public ProcessRaking(SpegelConfig config, AreaHierarchy areas, RakingSettings settings) {
        this.population = new PopulationAggregator(config, areas);
        this.areas = areas;
        this.settings = settings;
    }

    /** Per-person weights (null for participants who could not be raked) and the diagnostics. */
    public record Outcome(
            List<ParticipantWeight> weights,
            List<RakingDiagnostic> diagnostics,
            boolean converged,
            int iterations,
            double maxMarginError) {}

    /** The participants' cell and base weight, the key of a raking cell. */
    private record CellKey(List<String> categories, double baseWeight) {}

    /**
     * @param participants the process's participants (others are ignored)
     * @throws InputException when a dimension has no residents, the dimensions' age universes
     *         differ, a category has residents but no participants, or nobody can be raked
     */
    public Outcome rake(
            ProcessRow process, int stageIndex, List<ComparedDimension> dimensions, List<ParticipantRow> participants) {
        checkSameUniverse(process, dimensions);
        List<RakingMargin> margins =
                dimensions.stream().map(d -> margin(process, d)).toList();
        ParticipantPlacement placement = new ParticipantPlacement(areas, process, dimensions);
        List<ParticipantRow> reached = participants.stream()
                .filter(p -> p.processId().equals(process.processId()) && p.stageIndex() >= stageIndex)
                .toList();
        Map<ParticipantRow, CellKey> keys = new LinkedHashMap<>();
        long[] excluded = new long[3]; // out of scope, missing, no counterpart
        for (ParticipantRow p : reached) {
            ParticipantPlacement.Placement placed = placement.place(p);
            if (placed.exclusion() != null) {
                excluded[placed.exclusion().ordinal()]++;
            } else if (!hasResidents(margins, placed.categories())) {
                excluded[2]++;
            } else {
                keys.put(p, new CellKey(placed.categories(), p.weight()));
            }
        }
        if (keys.isEmpty()) {
            throw InputException.ofFile(
                    dimensions.get(0).table().file(),
                    "process '" + process.processId()
                            + "': no participant can be raked (every one lacks an answer, has one without residents,"
                            + " or lies outside the compared area or ages)");
        }
        Map<CellKey, Integer> index = new LinkedHashMap<>();
        List<RakingCell> cells = cells(keys, index);
        RakingResult result = rake(process, dimensions, margins, cells);

        List<ParticipantWeight> weights = new ArrayList<>();
        double[] raked = new double[keys.size()];
        int next = 0;
        for (ParticipantRow p : reached) {
            CellKey key = keys.get(p);
            Double weight = null;
            if (key != null) {
                int c = index.get(key);
                weight = result.personWeight(cells.get(c), c);
                raked[next++] = weight;
            }
            weights.add(new ParticipantWeight(process.processId(), p.personId(), weight));
        }
        WeightDistribution distribution = WeightDistribution.of(raked);
        String stage = process.stages().get(stageIndex);
        List<RakingDiagnostic> diagnostics = new ArrayList<>();
        for (int d = 0; d < dimensions.size(); d++) {
            diagnostics.add(new RakingDiagnostic(
                    process.processId(),
                    stage,
                    dimensions.get(d).key(),
                    dimensions.get(d).table().name(),
                    keys.size(),
                    excluded[1],
                    excluded[2],
                    excluded[0],
                    dissimilarity(
                            margins.get(d),
                            d,
                            cells,
                            cells.stream().mapToDouble(RakingCell::baseWeight).toArray()),
                    dissimilarity(margins.get(d), d, cells, result.cellWeights()),
                    result.maxMarginError(),
                    result.iterations(),
                    result.converged(),
                    result.trimmedCells(),
                    distribution.designEffect(),
                    distribution.effectiveN(),
                    distribution.min(),
                    distribution.q1(),
                    distribution.median(),
                    distribution.q3(),
                    distribution.max()));
        }
        return new Outcome(weights, diagnostics, result.converged(), result.iterations(), result.maxMarginError());
    }

    private static List<RakingCell> cells(Map<ParticipantRow, CellKey> keys, Map<CellKey, Integer> index) {
        Map<CellKey, long[]> heads = new LinkedHashMap<>();
        keys.values().forEach(k -> heads.computeIfAbsent(k, x -> new long[1])[0]++);
        List<RakingCell> cells = new ArrayList<>();
        heads.forEach((key, n) -> {
            index.put(key, cells.size());
            cells.add(new RakingCell(key.categories(), n[0], key.baseWeight() * n[0]));
        });
        return cells;
    }

    private RakingResult rake(
            ProcessRow process,
            List<ComparedDimension> dimensions,
            List<RakingMargin> margins,
            List<RakingCell> cells) {
        try {
            return Raking.rake(margins, cells, settings);
        } catch (InfeasibleMarginException e) {
            ComparedDimension dimension = dimensions.stream()
                    .filter(d -> d.key().equals(e.dimension()))
                    .findFirst()
                    .orElseThrow();
            throw InputException.ofFile(
                    dimension.table().file(),
                    "process '" + process.processId() + "' cannot be raked: " + e.getMessage());
        }
    }

    /** Residents per category of the dimension, over the process's area, eligible ages and universe. */
    private RakingMargin margin(ProcessRow process, ComparedDimension dimension) {
        Map<String, Double> counts = new LinkedHashMap<>();
        population.counts(process, dimension).forEach((category, count) -> {
            if (count > 0) {
                counts.put(category, count.doubleValue());
            }
        });
        if (counts.isEmpty()) {
            throw InputException.ofFile(
                    dimension.table().file(),
                    "process '" + process.processId()
                            + "': the table has no residents by " + dimension.key() + " in area " + process.areaCode()
                            + " for period " + process.period() + "; leave " + dimension.key()
                            + " out of --dimensions");
        }
        return new RakingMargin(dimension.key(), counts);
    }

    private static boolean hasResidents(List<RakingMargin> margins, List<String> categories) {
        for (int d = 0; d < margins.size(); d++) {
            if (!margins.get(d).population().containsKey(categories.get(d))) {
                return false;
            }
        }
        return true;
    }

    /** Raking uses one set of participants for every dimension, so their age universes must agree. */
    private static void checkSameUniverse(ProcessRow process, List<ComparedDimension> dimensions) {
        ComparedDimension first = dimensions.get(0);
        for (ComparedDimension other : dimensions) {
            if (!other.universe(process).equals(first.universe(process))) {
                throw InputException.ofFile(
                        other.table().file(),
                        "process '" + process.processId() + "': "
                                + other.key() + " covers ages " + ages(other.universe(process)) + " but " + first.key()
                                + " covers ages " + ages(first.universe(process))
                                + "; rake only dimensions whose population tables cover the same ages");
            }
        }
    }

    private static String ages(ComparedDimension.AgeRange range) {
        return (range.low() == null ? "0" : range.low().toString()) + "–" + (range.high() == null ? "" : range.high());
    }

    /** D between the dimension's weighted participant shares and its population shares. */
    private static double dissimilarity(RakingMargin margin, int d, List<RakingCell> cells, double[] cellWeights) {
        List<String> categories = new ArrayList<>(margin.population().keySet());
        double[] shares = new double[categories.size()];
        double total = 0;
        for (int c = 0; c < cells.size(); c++) {
            shares[categories.indexOf(cells.get(c).categories().get(d))] += cellWeights[c];
            total += cellWeights[c];
        }
        double[] popShares = new double[categories.size()];
        for (int k = 0; k < categories.size(); k++) {
            shares[k] /= total;
            popShares[k] = margin.share(categories.get(k));
        }
        return DissimilarityIndex.of(shares, popShares);
    }
}
