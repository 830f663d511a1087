package se.spegel.reports.model;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;
import se.spegel.reports.InvalidMetricsException;
import se.spegel.schema.input.InputException;
import se.spegel.schema.output.CategoryGap;
import se.spegel.schema.output.MetricCsvReader;
import se.spegel.schema.output.OutputTable;
import se.spegel.schema.output.ResponseIndicator;

/**
 * Reads {@code category_gaps.csv}, {@code dimension_summary.csv} and {@code process_summary.csv}, and
 * {@code stage_changes.csv} and {@code response_indicators.csv} where present, through data-schema's
 * {@link MetricCsvReader} into its contract records (data-schema/README.md). A missing table, a missing
 * column the contract needs or a cell that is not of its column's type is an {@link InvalidMetricsException}
 * naming file, line and column.
 */
public final class MetricsCsvReader {

    static final String CATEGORY_GAPS = file(se.spegel.schema.output.MetricTables.CATEGORY_GAPS);
    static final String DIMENSION_SUMMARY = file(se.spegel.schema.output.MetricTables.DIMENSION_SUMMARY);
    static final String PROCESS_SUMMARY = file(se.spegel.schema.output.MetricTables.PROCESS_SUMMARY);
    static final String STAGE_CHANGES = file(se.spegel.schema.output.MetricTables.STAGE_CHANGES);
    static final String RESPONSE_INDICATORS = file(se.spegel.schema.output.MetricTables.RESPONSE_INDICATORS);

    public MetricTables read(Path metricsDir) throws IOException {
        return new MetricTables(
                table(metricsDir.resolve(CATEGORY_GAPS), f -> MetricCsvReader.categoryGaps(f, r -> true)).stream()
                        .map(MetricsCsvReader::suppressedKnown)
                        .toList(),
                table(metricsDir.resolve(DIMENSION_SUMMARY), f -> MetricCsvReader.dimensionSummaries(f, r -> true)),
                table(metricsDir.resolve(PROCESS_SUMMARY), MetricCsvReader::processSummaries),
                optionalTable(metricsDir.resolve(STAGE_CHANGES), MetricCsvReader::stageChanges),
                optionalTable(metricsDir.resolve(RESPONSE_INDICATORS), MetricCsvReader::responseIndicators).stream()
                        .map(MetricsCsvReader::suppressedKnown)
                        .toList());
    }

    private static String file(OutputTable<?> table) {
        return table.name() + ".csv";
    }

    /** The rows of a table every metrics folder has; a missing file is an {@link InvalidMetricsException}. */
    static <R> List<R> table(Path file, Function<Path, List<R>> reader) throws InvalidMetricsException {
        if (!Files.isRegularFile(file)) {
            throw new InvalidMetricsException(file + ": metric table not found");
        }
        try {
            return reader.apply(file);
        } catch (InputException e) {
            throw new InvalidMetricsException(e.userMessage());
        }
    }

    /** The rows of a table that older metric folders lack (stage_changes, response_indicators …): none without its file. */
    static <R> List<R> optionalTable(Path file, Function<Path, List<R>> reader) throws InvalidMetricsException {
        return Files.isRegularFile(file) ? table(file, reader) : List.of();
    }

    /** An empty suppressed cell is a published row. */
    private static CategoryGap suppressedKnown(CategoryGap g) {
        return g.suppressed() != null ? g : g.withSuppressed(false);
    }

    private static ResponseIndicator suppressedKnown(ResponseIndicator r) {
        return r.suppressed() != null
                ? r
                : new ResponseIndicator(
                        r.processId(),
                        r.method(),
                        r.stage(),
                        r.model(),
                        r.variable(),
                        r.category(),
                        r.partialUnconditional(),
                        r.partialUnconditionalSe(),
                        r.partialConditional(),
                        r.partialConditionalSe(),
                        r.responseRate(),
                        r.propensityCv(),
                        r.propensityCvSe(),
                        false);
    }
}
