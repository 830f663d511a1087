package se.spegel.schema.output;

import static se.spegel.schema.Columns.*;

import java.nio.file.Path;
import java.util.List;

/** A citizens' assembly's tables ({@code quota_fulfilment}, {@code selection_fairness(_groups)}) read back into contract records, as {@link MetricCsvReader} reads the others. */
public final class AssemblyCsvReader {
    private AssemblyCsvReader() {}

    public static List<QuotaFulfilment> quotaFulfilment(Path file) {
        return MetricCsvReader.read(
                MetricTables.QUOTA_FULFILMENT,
                List.of(PROCESS_ID, STAGE, FEATURE, VALUE, N),
                file,
                r -> new QuotaFulfilment(
                        r.required(PROCESS_ID),
                        r.required(STAGE),
                        r.required(FEATURE),
                        r.required(VALUE),
                        r.number(MIN),
                        r.number(MAX),
                        r.number(TARGET),
                        r.whole(N),
                        r.bool(WITHIN_QUOTA),
                        r.number(DEVIATION),
                        r.text(DIMENSION),
                        r.text(CATEGORY),
                        r.number(WEIGHT) == null ? 1.0 : r.number(WEIGHT),
                        r.whole(N_REPLACEMENTS),
                        r.number(POP_SHARE),
                        r.number(FEATURE_DISTANCE),
                        r.number(WEIGHTED_DISTANCE),
                        Boolean.TRUE.equals(r.bool(SUPPRESSED))),
                row -> true);
    }

    /** The rows of a selection_fairness.csv. */
    public static List<SelectionFairness> selectionFairness(Path file) {
        return MetricCsvReader.read(
                MetricTables.SELECTION_FAIRNESS,
                List.of(PROCESS_ID, N_POOL, GINI),
                file,
                r -> new SelectionFairness(
                        r.required(PROCESS_ID),
                        r.whole(N_POOL),
                        r.number(MIN_PROBABILITY),
                        r.number(MAX_PROBABILITY),
                        r.number(MEAN_PROBABILITY),
                        r.number(GINI),
                        r.number(SHARE_BELOW_HALF_MEAN),
                        r.number(EXPECTED_PANEL_SIZE)),
                row -> true);
    }

    /** The rows of a selection_fairness_groups.csv. */
    public static List<SelectionFairnessGroup> selectionFairnessGroups(Path file) {
        return MetricCsvReader.read(
                MetricTables.SELECTION_FAIRNESS_GROUPS,
                List.of(PROCESS_ID, DIMENSION, CATEGORY),
                file,
                r -> new SelectionFairnessGroup(
                        r.required(PROCESS_ID),
                        r.required(DIMENSION),
                        r.required(CATEGORY),
                        r.whole(N_POOL),
                        r.number(MEAN_PROBABILITY),
                        r.number(RESPONSE_RATE),
                        r.number(END_TO_END_PROBABILITY),
                        Boolean.TRUE.equals(r.bool(SUPPRESSED))),
                row -> true);
    }
}
