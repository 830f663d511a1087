package se.spegel.schema.input.survey;

import java.nio.file.Path;
import java.util.Map;

/**
 * A survey's shares of one attitudinal dimension for one area ({@code --survey-benchmarks}): what a
 * survey of {@code surveyN} respondents found (the share "very worried about climate change", …).
 * It stands where a register's counts stand for age or gender, but it is itself a sample, so every
 * comparison with it carries the survey's own sampling error (docs/metrics.md, "Survey-based
 * dimensions").
 *
 * @param dimension       the dimension's code (lower case), the participants' column of that name
 * @param areaCode        the area the survey describes; null: any area (a process uses the benchmark of
 *                        its target area, else of the nearest ancestor, else this one)
 * @param shares          share per category (canonical codes, file order), summing to 1 within 0.005
 * @param surveyN         the (effective) number of respondents the shares rest on
 * @param source          free text naming the survey, shown in reports (null: none given)
 * @param line            the first line of this dimension × area, for messages
 * @param dimensionColumn 1-based column of the dimension's cell (0 when unknown)
 */
public record SurveyBenchmark(
        String dimension,
        String areaCode,
        Map<String, Double> shares,
        long surveyN,
        String source,
        Path file,
        long line,
        int dimensionColumn) {
    public SurveyBenchmark {
        shares = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(shares));
    }

    /** The file's name, as dimension_summary's population_table names it. */
    public String fileName() {
        return file.getFileName().toString();
    }
}
