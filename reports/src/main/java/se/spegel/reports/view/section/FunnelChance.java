package se.spegel.reports.view.section;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import se.spegel.reports.model.ProcessMetrics;
import se.spegel.reports.text.DisplayNumbers;
import se.spegel.reports.text.Messages;
import se.spegel.reports.text.ReportContext;
import se.spegel.schema.output.ProcessSummary;
import se.spegel.schema.output.ResponseIndicator;
import se.spegel.schema.output.StageChange;

/**
 * The funnel read against chance, in words: per stage whether it came out worse than, as, or
 * better than a random draw of its size from the stage before ({@code stage_change_*} of
 * process_summary and {@code stage_changes}), and which variable drove the response bias of a
 * random invitation ({@code response_indicators}: the largest conditional partial R-indicator).
 */
final class FunnelChance {

    static final String WORSE = "worse_than_chance";
    static final String BETTER = "better_than_chance";
    private static final List<String> VERDICTS = List.of(WORSE, "as_chance", BETTER);

    private final ReportContext context;

    FunnelChance(ReportContext context) {
        this.context = context;
    }

    /** The stage table's cell, e.g. "Sämre än slumpen (väntat D 7,6 %)"; "–" on the first stage or without a verdict. */
    String stageCell(ProcessSummary stage) {
        if (!isVerdict(stage.stageChangeVerdict())) {
            return DisplayNumbers.NO_VALUE;
        }
        return context.messages()
                .get(
                        "stages.chance.cell",
                        context.messages().get("stages.chance." + stage.stageChangeVerdict()),
                        context.numbers().percent(stage.stageChangeExpectedDissimilarity(), 1));
    }

    /** Whether any stage has a verdict, so that the table explains the column. */
    static boolean anyVerdict(List<ProcessSummary> stages) {
        return stages.stream().anyMatch(s -> isVerdict(s.stageChangeVerdict()));
    }

    /** What a transition's stage did against chance, and for which dimensions it stood out; empty without a verdict. */
    String transition(ProcessMetrics metrics, ProcessSummary from, ProcessSummary to) {
        if (!isVerdict(to.stageChangeVerdict())) {
            return "";
        }
        Messages messages = context.messages();
        StringBuilder text = new StringBuilder(messages.get(
                "funnel.chance." + to.stageChangeVerdict(), context.labels().stage(from.stage())));
        List<StageChange> rows = metrics.stageChanges(to.stage());
        appendDimensions(text, rows, WORSE, "funnel.chance.worseFor");
        appendDimensions(text, rows, BETTER, "funnel.chance.betterFor");
        return text.toString();
    }

    private void appendDimensions(StringBuilder text, List<StageChange> rows, String verdict, String key) {
        List<String> dimensions = rows.stream()
                .filter(r -> verdict.equals(r.stageChangeVerdict()))
                .map(r -> lowerFirst(context.categoryLabel().dimension(r.dimension())))
                .toList();
        if (!dimensions.isEmpty()) {
            text.append(' ').append(context.messages().get(key, String.join(", ", dimensions)));
        }
    }

    /**
     * Which variable decided most who responded: the one with the largest conditional partial
     * R-indicator (what it adds given the model's other variables), with the least and the most
     * responsive of its published categories; empty without response indicators.
     */
    String responseDriver(ProcessMetrics metrics) {
        List<ResponseIndicator> variables = metrics.responseIndicators().stream()
                .filter(r -> r.category() == null && r.partialConditional() != null)
                .toList();
        Optional<ResponseIndicator> driver =
                variables.stream().max(Comparator.comparingDouble(ResponseIndicator::partialConditional));
        if (driver.isEmpty()) {
            return "";
        }
        Messages messages = context.messages();
        DisplayNumbers numbers = context.numbers();
        ResponseIndicator top = driver.get();
        StringBuilder text = new StringBuilder(messages.get(
                "funnel.responseDriver",
                variableName(top.variable()),
                numbers.decimal(top.partialConditional(), 3),
                numbers.decimal(top.partialConditionalSe(), 3)));
        List<String> others = variables.stream()
                .filter(v -> v != top)
                .map(v -> variableName(v.variable()) + " " + numbers.decimal(v.partialConditional(), 3))
                .toList();
        if (!others.isEmpty()) {
            text.append(' ').append(messages.get("funnel.responseOthers", String.join(", ", others)));
        }
        List<ResponseIndicator> categories = metrics.responseIndicators().stream()
                .filter(r -> Objects.equals(r.variable(), top.variable())
                        && r.category() != null
                        && !r.suppressed()
                        && r.partialUnconditional() != null)
                .sorted(Comparator.comparingDouble(ResponseIndicator::partialUnconditional))
                .toList();
        if (categories.size() > 1) {
            text.append(' ')
                    .append(messages.get(
                            "funnel.responseLowest",
                            context.categoryLabel()
                                    .of(top.variable(), categories.get(0).category()),
                            context.categoryLabel()
                                    .of(
                                            top.variable(),
                                            categories
                                                    .get(categories.size() - 1)
                                                    .category())));
        }
        return text.toString();
    }

    private static boolean isVerdict(String verdict) {
        return verdict != null && VERDICTS.contains(verdict);
    }

    private String variableName(String variable) {
        return lowerFirst(context.categoryLabel().dimension(variable));
    }

    private String lowerFirst(String label) {
        Locale locale = context.messages().locale();
        return label.isEmpty() ? label : label.substring(0, 1).toLowerCase(locale) + label.substring(1);
    }
}
