package se.spegel.jobs.evaluate;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import se.spegel.jobs.disclosure.CellPublication;
import se.spegel.jobs.metrics.CategoryCount;
import se.spegel.jobs.metrics.DimensionCounts;
import se.spegel.jobs.metrics.DimensionMetrics;
import se.spegel.jobs.metrics.DisclosureControl;
import se.spegel.jobs.metrics.RIndicator;
import se.spegel.jobs.metrics.StageChangeAgainstChance;
import se.spegel.jobs.metrics.SurveyShares;
import se.spegel.jobs.model.AreaHierarchy;
import se.spegel.schema.config.SpegelConfig;
import se.spegel.schema.input.ProcessRow;
import se.spegel.schema.input.survey.SurveyBenchmark;
import se.spegel.schema.output.AreaName;
import se.spegel.schema.output.CategoryGap;
import se.spegel.schema.output.DimensionSummary;
import se.spegel.schema.output.ProcessSummary;
import se.spegel.schema.output.ResponseIndicator;
import se.spegel.schema.output.StageChange;

/** Turns the participant marginals and the population counts into the metric tables. */
public final class MetricAssembler {
    private final DimensionMetrics metrics;
    private final DisclosureControl disclosure;
    private final List<String> notes = new ArrayList<>();
    private final PopulationAggregator population;
    private final AreaHierarchy areas;
    private final FunnelAgainstChance funnel;
    private final ResponseIndicatorRows responseIndicators;

    /** Conf's settings of the funnel against chance and the partial R-indicators. */
    public record FunnelSettings(
            int chanceSamples, double chanceLevel, List<String> rIndicatorVariables, int rIndicatorSamples) {
        public static final FunnelSettings DEFAULTS = of(SpegelConfig.defaults());

        public static FunnelSettings of(SpegelConfig config) {
            return new FunnelSettings(
                    config.funnelChanceSamples(),
                    config.funnelChanceLevel(),
                    config.rIndicatorVariables(),
                    config.rIndicatorBootstrapSamples());
        }
    }

    public MetricAssembler(
            DimensionMetrics metrics,
            DisclosureControl disclosure,
            PopulationAggregator population,
            AreaHierarchy areas) {
        this(metrics, disclosure, population, areas, FunnelSettings.DEFAULTS);
    }

    public MetricAssembler(
            DimensionMetrics metrics,
            DisclosureControl disclosure,
            PopulationAggregator population,
            AreaHierarchy areas,
            FunnelSettings funnel) {
        this.metrics = metrics;
        this.disclosure = disclosure;
        this.population = population;
        this.areas = areas;
        this.funnel = new FunnelAgainstChance(
                funnel.chanceSamples(), funnel.chanceLevel(), new CellPublication(disclosure.table()));
        this.responseIndicators = new ResponseIndicatorRows(
                funnel.rIndicatorVariables(), funnel.rIndicatorSamples(), disclosure.minCount());
    }

    private record Key(String processId, int stageIndex, String dimension) {}

    private static final String R_INDICATOR_CELLS = "age" + ComparedDimension.INTERSECTION + "gender";

    /** One process's rows of every table, and what could not be compared. */
    private record ProcessTables(
            List<CategoryGap> gaps,
            List<DimensionSummary> summaries,
            List<ProcessSummary> stages,
            List<StageChange> stageChanges,
            List<ResponseIndicator> responseIndicators,
            List<String> notes) {}

    public MetricTablesResult assemble(
            Map<String, ProcessRow> processes, List<ComparedDimension> dimensions, List<Marginal> trueCounts) {
        Map<String, Map<Key, List<Marginal>>> byProcess = trueCounts.stream()
                .collect(Collectors.groupingBy(
                        Marginal::processId,
                        Collectors.groupingBy(m -> new Key(m.processId(), m.stageIndex(), m.dimension()))));
        // processes are independent: computed in parallel, concatenated in process order
        List<ProcessTables> perProcess = processes.values().parallelStream()
                .map(process -> assemble(process, dimensions, byProcess.getOrDefault(process.processId(), Map.of())))
                .toList();
        notes.clear();
        perProcess.forEach(p -> notes.addAll(p.notes()));
        return new MetricTablesResult(
                perProcess.stream().flatMap(p -> p.gaps().stream()).toList(),
                perProcess.stream().flatMap(p -> p.summaries().stream()).toList(),
                perProcess.stream().flatMap(p -> p.stages().stream()).toList(),
                areaNames(processes),
                perProcess.stream().flatMap(p -> p.stageChanges().stream()).toList(),
                perProcess.stream()
                        .flatMap(p -> p.responseIndicators().stream())
                        .toList());
    }

    private ProcessTables assemble(
            ProcessRow process, List<ComparedDimension> dimensions, Map<Key, List<Marginal>> trueCells) {
        ProcessTables tables = new ProcessTables(
                new ArrayList<>(),
                new ArrayList<>(),
                new ArrayList<>(),
                new ArrayList<>(),
                new ArrayList<>(),
                new ArrayList<>());
        Map<String, Map<String, Long>> populationByDimension = new HashMap<>();
        Map<String, SurveyBenchmark> surveys = new HashMap<>();
        for (ComparedDimension dimension : dimensions) {
            if (dimension.isSurveyBased()) {
                boolean answered = answered(trueCells, dimension.key());
                if (!answered) {
                    tables.notes()
                            .add(dimension.key() + " is not compared for " + process.processId()
                                    + ": none of its participants answered it");
                }
                populationByDimension.put(
                        dimension.key(),
                        answered ? surveyCategories(process, dimension, surveys, tables.notes()) : Map.of());
                continue;
            }
            Map<String, Long> pop = population.counts(process, dimension);
            populationByDimension.put(dimension.key(), pop);
            if (pop.isEmpty()) {
                String where = dimension.parts().contains("district")
                        ? "areas below " + process.areaCode()
                        : "area " + process.areaCode() + " (or areas below it)";
                tables.notes()
                        .add(dimension.key() + " is not compared for " + process.processId() + ": "
                                + dimension.table().name() + " has no rows for " + where + " in " + process.period());
            }
        }
        // every metric below is computed from the published (perturbed) cells, never the true ones
        Map<Key, List<Marginal>> byKey = published(trueCells, dimensions, populationByDimension);
        Double previousMeanD = null;
        Map<String, DimensionCounts> previousCounts = Map.of();
        for (int stage = 0; stage < process.stages().size(); stage++) {
            List<Double> plainD = new ArrayList<>();
            Map<String, DimensionCounts> plainCounts = new java.util.LinkedHashMap<>();
            List<Marginal> totals = byKey.getOrDefault(new Key(process.processId(), stage, Marginal.TOTAL), List.of());
            boolean published = disclosure.publishesDimensions(heads(totals, Marginal.IN_SCOPE));
            for (ComparedDimension dimension : published ? dimensions : List.<ComparedDimension>of()) {
                Map<String, Long> pop = populationByDimension.get(dimension.key());
                if (pop.isEmpty()) {
                    continue;
                }
                List<Marginal> cells =
                        byKey.getOrDefault(new Key(process.processId(), stage, dimension.key()), List.of());
                DimensionCounts counts = counts(process, stage, dimension, cells, pop, surveys.get(dimension.key()));
                DimensionMetrics.Result result = metrics.compute(counts);
                List<CategoryGap> shown = disclosure.apply(
                        result.gaps().stream()
                                .filter(g -> !g.category().equals(Marginal.NO_COUNTERPART))
                                .toList(),
                        result.heads(),
                        result.summary().nValid() == null ? 0 : result.summary().nValid());
                tables.gaps().addAll(shown);
                tables.summaries().add(disclosure.apply(result.summary(), shown));
                // a survey-based dimension is read against a sample, not the residents: the funnel's
                // mean D and its chance draws are of register dimensions only
                boolean funnel = !dimension.isIntersection() && !dimension.isSurveyBased();
                if (funnel && result.summary().dissimilarity() != null) {
                    plainD.add(result.summary().dissimilarity());
                }
                if (funnel) {
                    plainCounts.put(dimension.key(), counts);
                }
            }
            StageChangeAgainstChance.Result change = null;
            if (stage > 0) {
                FunnelAgainstChance.Stage tested =
                        funnel.test(process.stages().get(stage - 1), stage, previousCounts, plainCounts);
                tables.stageChanges().addAll(tested.rows());
                change = tested.mean();
            }
            previousCounts = plainCounts;
            Double meanD = plainD.isEmpty()
                    ? null
                    : plainD.stream().mapToDouble(Double::doubleValue).average().orElseThrow();
            tables.stages()
                    .add(processSummary(
                            process,
                            stage,
                            totals,
                            meanD,
                            meanD == null || previousMeanD == null ? null : meanD - previousMeanD,
                            published ? rIndicator(process, stage, byKey) : null,
                            change));
            previousMeanD = meanD;
        }
        tables.responseIndicators()
                .addAll(responseIndicators.rows(
                        process,
                        dimensions.stream()
                                .filter(d -> !d.isSurveyBased()
                                        && !populationByDimension.get(d.key()).isEmpty())
                                .map(ComparedDimension::key)
                                .toList(),
                        (stage, key) -> inOrder(
                                inScopeCells(byKey.get(new Key(process.processId(), stage, key))),
                                populationByDimension.get(key).keySet())));
        return tables;
    }

    /**
     * The cells as published: an intersection's answers without a population counterpart
     * (age × a non-binary gender) merged into one cell first, so that they are one perturbed
     * count (n_no_counterpart) and not many small ones whose number would pin them; then every
     * cell perturbed ({@link PerturbedMarginals}).
     */
    private Map<Key, List<Marginal>> published(
            Map<Key, List<Marginal>> trueCells,
            List<ComparedDimension> dimensions,
            Map<String, Map<String, Long>> populationByDimension) {
        java.util.Set<String> intersections = dimensions.stream()
                .filter(ComparedDimension::isIntersection)
                .map(ComparedDimension::key)
                .collect(Collectors.toSet());
        Map<Key, List<Marginal>> published = new HashMap<>();
        trueCells.forEach((key, cells) -> {
            Map<String, Long> pop = populationByDimension.get(key.dimension());
            List<Marginal> merged = intersections.contains(key.dimension())
                            && disclosure.table().protects()
                            && pop != null
                            && !pop.isEmpty()
                    ? mergedNoCounterpart(cells, pop)
                    : cells;
            published.put(key, PerturbedMarginals.of(merged, disclosure.table()));
        });
        return published;
    }

    private static List<Marginal> mergedNoCounterpart(List<Marginal> cells, Map<String, Long> pop) {
        List<Marginal> result = new ArrayList<>();
        Map<String, Marginal> merged = new java.util.TreeMap<>();
        for (Marginal m : cells) {
            if (pop.containsKey(m.category()) || m.category().startsWith("\u0000")) {
                result.add(m);
            } else {
                merged.merge(
                        m.status(),
                        new Marginal(
                                m.processId(),
                                m.stageIndex(),
                                m.status(),
                                m.dimension(),
                                Marginal.NO_COUNTERPART,
                                m.heads(),
                                m.exactWeight(),
                                m.keySum()),
                        (a, b) -> new Marginal(
                                a.processId(),
                                a.stageIndex(),
                                a.status(),
                                a.dimension(),
                                a.category(),
                                a.heads() + b.heads(),
                                a.exactWeight().add(b.exactWeight()),
                                a.keySum() + b.keySum()));
            }
        }
        result.addAll(merged.values());
        return result;
    }

    /** What the last assembly could not compare, and why. */
    public List<String> notes() {
        return List.copyOf(notes);
    }

    private List<AreaName> areaNames(Map<String, ProcessRow> processes) {
        java.util.TreeSet<String> codes = new java.util.TreeSet<>();
        for (ProcessRow process : processes.values()) {
            codes.add(process.areaCode());
            for (String area : areas.areasWithin(process.areaCode())) {
                String district = areas.districtOf(area, process.areaCode());
                if (district != null) {
                    codes.add(district);
                }
            }
        }
        return codes.stream()
                .map(c -> new AreaName(c, areas.name(c), areas.level(c)))
                .toList();
    }

    /**
     * Whether anyone in scope answered a dimension at any stage. An attitudinal question is asked by
     * some processes only (an assembly's application form): where nobody answered it the process did not
     * ask it, and it is not compared (rows of nobody, or of empty cells published as small ones, would
     * say nothing). A count of 0 is published as 0, so this reads the same from true or published cells.
     */
    private static boolean answered(Map<Key, List<Marginal>> cells, String dimension) {
        return cells.entrySet().stream()
                .filter(e -> e.getKey().dimension().equals(dimension))
                .flatMap(e -> e.getValue().stream())
                .anyMatch(m -> m.status().equals(Marginal.IN_SCOPE)
                        && m.heads() > 0
                        && !m.category().equals(Marginal.MISSING)
                        && !m.category().equals(Marginal.OUTSIDE_UNIVERSE));
    }

    /**
     * A survey-based dimension's categories for a process (each 0: a survey counts no residents), from
     * the benchmark of its target area or the nearest area above it ({@link SurveySide}); empty, with a
     * note, when none applies.
     */
    private Map<String, Long> surveyCategories(
            ProcessRow process, ComparedDimension dimension, Map<String, SurveyBenchmark> surveys, List<String> notes) {
        SurveyBenchmark benchmark = dimension.survey().forArea(process.areaCode(), areas);
        if (benchmark == null) {
            notes.add(dimension.key() + " is not compared for " + process.processId()
                    + ": no survey benchmark is for area " + process.areaCode() + ", an area above it, or any area");
            return Map.of();
        }
        surveys.put(dimension.key(), benchmark);
        Map<String, Long> categories = new java.util.LinkedHashMap<>();
        benchmark.shares().keySet().forEach(c -> categories.put(c, 0L));
        return categories;
    }

    private DimensionCounts counts(
            ProcessRow process,
            int stage,
            ComparedDimension dimension,
            List<Marginal> cells,
            Map<String, Long> pop,
            SurveyBenchmark survey) {
        List<CategoryCount> participants = new ArrayList<>();
        long missing = 0;
        long outside = 0;
        for (Marginal cell : cells) {
            if (!cell.status().equals(Marginal.IN_SCOPE)) {
                continue;
            }
            switch (cell.category()) {
                case Marginal.MISSING -> missing += cell.heads();
                case Marginal.OUTSIDE_UNIVERSE -> outside += cell.heads();
                default -> participants.add(new CategoryCount(cell.category(), cell.weighted(), cell.heads()));
            }
        }
        for (String category : pop.keySet()) {
            if (participants.stream().noneMatch(c -> c.category().equals(category))) {
                long published = disclosure.emptyCell(process.processId(), dimension.key(), category);
                if (published > 0) {
                    participants.add(new CategoryCount(category, published, published));
                }
            }
        }
        participants.sort(java.util.Comparator.comparing(CategoryCount::category));
        // a table without ages covers all ages: the compared universe cannot be narrowed, so it says none
        ComparedDimension.AgeRange universe = dimension.universe(process);
        return new DimensionCounts(
                process.processId(),
                process.method().code(),
                process.stages().get(stage),
                dimension.key(),
                participants,
                missing,
                outside,
                pop,
                survey == null ? dimension.table().name() : survey.fileName(),
                universe.low(),
                universe.high(),
                survey == null
                        ? null
                        : new SurveyShares(survey.shares(), survey.surveyN(), survey.fileName(), survey.source()));
    }

    /**
     * The R-indicator belongs to the response stage of a random invitation (invited →
     * responded). Propensities are taken per age × gender cell: the auxiliaries a population
     * register gives for everyone invited.
     */
    private static Double rIndicator(ProcessRow process, int stage, Map<Key, List<Marginal>> byKey) {
        if (stage != 1 || !ResponseIndicatorRows.isRandomInvitation(process)) {
            return null;
        }
        Map<String, Long> invited = inScopeCells(byKey.get(new Key(process.processId(), 0, R_INDICATOR_CELLS)));
        Map<String, Long> responded = inScopeCells(byKey.get(new Key(process.processId(), 1, R_INDICATOR_CELLS)));
        if (invited.isEmpty()) {
            return null;
        }
        List<String> cells = new ArrayList<>(invited.keySet());
        // perturbed counts: a small cell's responders may be published above its invited (both alike 1..k-1)
        return RIndicator.of(
                cells.stream().mapToLong(invited::get).toArray(),
                cells.stream()
                        .mapToLong(c -> Math.min(invited.get(c), responded.getOrDefault(c, 0L)))
                        .toArray());
    }

    /** The cells in the population's (display) order, then any others alphabetically. */
    private static Map<String, Long> inOrder(Map<String, Long> cells, java.util.Set<String> order) {
        Map<String, Long> ordered = new java.util.LinkedHashMap<>();
        order.stream().filter(cells::containsKey).forEach(c -> ordered.put(c, cells.get(c)));
        new java.util.TreeMap<>(cells).forEach(ordered::putIfAbsent);
        return ordered;
    }

    private static Map<String, Long> inScopeCells(List<Marginal> marginals) {
        Map<String, Long> cells = new HashMap<>();
        for (Marginal m : marginals == null ? List.<Marginal>of() : marginals) {
            // answers without a counterpart merged into one cell (protected intersections) are no model cell
            if (m.status().equals(Marginal.IN_SCOPE)
                    && !m.category().equals(Marginal.MISSING)
                    && !m.category().equals(Marginal.OUTSIDE_UNIVERSE)
                    && !m.category().equals(Marginal.NO_COUNTERPART)) {
                cells.merge(m.category(), m.heads(), Long::sum);
            }
        }
        return cells;
    }

    private ProcessSummary processSummary(
            ProcessRow process,
            int stage,
            List<Marginal> totals,
            Double meanD,
            Double deltaD,
            Double rIndicator,
            StageChangeAgainstChance.Result change) {
        double n = totals.stream().mapToDouble(Marginal::weighted).sum();
        long outsideArea = heads(totals, Marginal.OUTSIDE_AREA);
        long outsideEligibility = heads(totals, Marginal.OUTSIDE_ELIGIBILITY);
        ProcessSummary summary = new ProcessSummary(
                process.processId(),
                process.name(),
                process.method().code(),
                process.areaCode(),
                areas.name(process.areaCode()),
                process.period(),
                process.minAge(),
                process.maxAge(),
                process.stages().get(stage),
                stage,
                n,
                outsideArea,
                outsideEligibility,
                meanD,
                deltaD,
                rIndicator,
                change == null ? null : change.expectedDissimilarity(),
                change == null ? null : change.pWorse(),
                change == null ? null : change.pBetter(),
                change == null ? null : change.verdict());
        return disclosure.apply(
                summary, totals.stream().mapToLong(Marginal::heads).sum());
    }

    private static long heads(List<Marginal> totals, String status) {
        return totals.stream()
                .filter(m -> m.status().equals(status))
                .mapToLong(Marginal::heads)
                .sum();
    }
}
