package se.spegel.jobs.evaluate;

import java.util.List;
import java.util.Objects;
import se.spegel.jobs.model.AreaHierarchy;
import se.spegel.schema.input.survey.SurveyBenchmark;

/**
 * The survey benchmarks of one survey-based dimension, and which of them a process is compared
 * with: the benchmark of its target area, else of the nearest area above it in the areas file (a
 * district's assembly uses the municipality's survey when the district has none of its own), else
 * the benchmark without an area. None: the dimension is not compared for that process (a note says so).
 */
public record SurveySide(String dimension, List<SurveyBenchmark> benchmarks) {
    public SurveySide {
        benchmarks = List.copyOf(benchmarks);
    }

    /** The benchmark for a process with this target area; null when none applies. */
    public SurveyBenchmark forArea(String targetArea, AreaHierarchy areas) {
        for (String area : areas.ancestorsOrSelf(targetArea)) {
            for (SurveyBenchmark benchmark : benchmarks) {
                if (Objects.equals(benchmark.areaCode(), area)) {
                    return benchmark;
                }
            }
        }
        return benchmarks.stream().filter(b -> b.areaCode() == null).findFirst().orElse(null);
    }

    // a record's hash would walk every benchmark; the dimension names it (one side per dimension)
    @Override
    public int hashCode() {
        return dimension.hashCode();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof SurveySide s && s.dimension.equals(dimension) && s.benchmarks.equals(benchmarks);
    }
}
