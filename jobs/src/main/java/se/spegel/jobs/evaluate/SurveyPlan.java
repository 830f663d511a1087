package se.spegel.jobs.evaluate;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import se.spegel.schema.config.SpegelConfig;
import se.spegel.schema.input.InputException;
import se.spegel.schema.input.PopulationTable;
import se.spegel.schema.input.ShownValue;
import se.spegel.schema.input.survey.SurveyBenchmark;

/**
 * The survey-based dimensions of a run ({@code --survey-benchmarks}): one compared dimension per
 * benchmark dimension, read from the participants' column of that name, whose population side is
 * the survey ({@link SurveySide}). Checked against the other inputs before Spark starts: a
 * dimension that a population table also holds is a mistake (it would be compared twice, against
 * two different "populations"), and so is a benchmark area the areas file lacks (no process could
 * ever use it).
 */
public final class SurveyPlan {
    public static final SurveyPlan NONE = new SurveyPlan(List.of());

    private final List<ComparedDimension> dimensions;

    private SurveyPlan(List<ComparedDimension> dimensions) {
        this.dimensions = List.copyOf(dimensions);
    }

    public static SurveyPlan of(List<SurveyBenchmark> benchmarks, SpegelConfig config, LoadedInputs loaded) {
        if (benchmarks.isEmpty()) {
            return NONE;
        }
        Map<String, List<SurveyBenchmark>> byDimension = new LinkedHashMap<>();
        for (SurveyBenchmark benchmark : benchmarks) {
            for (PopulationTable table : loaded.population()) {
                if (table.dimensions().contains(benchmark.dimension())) {
                    throw new InputException(
                            benchmark.file(),
                            benchmark.line(),
                            benchmark.dimensionColumn(),
                            "dimension",
                            benchmark.dimension() + " is also a dimension of the population table "
                                    + table.name() + ": it is compared with the register there; a survey benchmark is"
                                    + " for a dimension no register counts (give it another name, or leave one out)");
                }
            }
            if (benchmark.areaCode() != null
                    && !loaded.areas().isEmpty()
                    && !loaded.areas().contains(benchmark.areaCode())) {
                throw new InputException(
                        benchmark.file(),
                        benchmark.line(),
                        0,
                        "area_code",
                        "area "
                                + ShownValue.quoted(benchmark.areaCode()) + " of the " + benchmark.dimension()
                                + " benchmark is not in the areas file; leave area_code blank for a survey of any area");
            }
            byDimension
                    .computeIfAbsent(benchmark.dimension(), d -> new ArrayList<>())
                    .add(benchmark);
        }
        List<ComparedDimension> dimensions = new ArrayList<>();
        byDimension.forEach((dimension, list) -> {
            // stands in for a population table: it names the benchmark's file, has no rows and no ages
            PopulationTable named = new PopulationTable(
                    Path.of(list.get(0).fileName()), List.of(dimension), false, null, null, null, List.of());
            dimensions.add(new ComparedDimension(
                    dimension, List.of(dimension), named, config.ageBands(), new SurveySide(dimension, list)));
        });
        return new SurveyPlan(dimensions);
    }

    /** The survey-based dimensions, in the order the benchmark files first name them. */
    public List<ComparedDimension> dimensions() {
        return dimensions;
    }

    /** Whether {@code code} is compared with a survey. */
    public boolean covers(String code) {
        return dimensions.stream().anyMatch(d -> d.key().equals(code));
    }

    /** Progress lines: what was read. */
    public List<String> describe() {
        List<String> lines = new ArrayList<>();
        for (ComparedDimension d : dimensions) {
            lines.add("read survey benchmarks: " + d.key() + " for "
                    + d.survey().benchmarks().size() + " area(s), n = "
                    + d.survey().benchmarks().stream()
                            .map(b -> Long.toString(b.surveyN()))
                            .distinct()
                            .reduce((a, b) -> a + ", " + b)
                            .orElse(""));
        }
        return lines;
    }
}
