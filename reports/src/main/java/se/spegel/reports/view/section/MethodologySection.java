package se.spegel.reports.view.section;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import se.spegel.reports.ReportSettings;
import se.spegel.reports.model.ProcessMetrics;
import se.spegel.reports.text.DisplayNumbers;
import se.spegel.reports.text.Messages;
import se.spegel.reports.text.ReportContext;
import se.spegel.reports.view.ReportView.FormulaView;
import se.spegel.reports.view.ReportView.MethodologyView;
import se.spegel.schema.output.DimensionSummary;
import se.spegel.schema.output.ProcessSummary;

/**
 * The methodology appendix: every metric's formula in plain text (no MathJax, nothing remote), the
 * disclosure rule with its threshold, and the population tables and period the process was compared with.
 */
public final class MethodologySection {

    /** Message keys {@code method.<name>.name / .formula / .text}, in reading order. */
    static final List<String> FORMULAS = List.of(
            "share",
            "gap",
            "ratio",
            "per1000",
            "wilson",
            "binomial",
            "dissimilarity",
            "expectedD",
            "chanceTest",
            "correctedD",
            "hellinger",
            "chi2",
            "cohensW",
            "rIndicator",
            "stageChange",
            "partialR");

    private final ReportContext context;

    public MethodologySection(ReportContext context) {
        this.context = context;
    }

    public MethodologyView view(ProcessMetrics metrics) {
        Messages messages = context.messages();
        List<FormulaView> formulas = new java.util.ArrayList<>(FORMULAS.stream()
                .map(f -> new FormulaView(
                        messages.get("method." + f + ".name"),
                        messages.get("method." + f + ".formula"),
                        messages.get("method." + f + ".text")))
                .toList());
        formulas.add(verdictRule());
        if (metrics.dimensionSummaries().stream().anyMatch(DimensionSummary::surveyBased)) {
            // a survey is itself a sample: say how its dimensions are tested differently
            formulas.add(new FormulaView(
                    messages.get("method.survey.name"),
                    messages.get("method.survey.formula"),
                    messages.get("method.survey.text")));
        }
        String disclosure = messages.get(
                "method.disclosure",
                String.valueOf(context.settings().minPublishedCount()),
                String.valueOf(context.settings().minPublishedCount() - 1),
                messages.get("count.suppressedMarker"));
        return new MethodologyView(formulas, disclosure, population(metrics));
    }

    /** The rule behind the verdicts, with the thresholds of the settings (conf's spegel.verdict). */
    private FormulaView verdictRule() {
        ReportSettings.VerdictRule rule = context.settings().verdictRule();
        DisplayNumbers numbers = context.numbers();
        return new FormulaView(
                context.messages().get("summary.col.level"),
                "D − E[D]",
                context.messages()
                        .get(
                                "method.verdict",
                                String.valueOf(rule.minN()),
                                numbers.percent(rule.alpha(), 0),
                                numbers.percent(rule.alphaBetter(), 0),
                                numbers.percent(rule.moderateExcess(), 0),
                                numbers.percent(rule.largeExcess(), 0)));
    }

    private String population(ProcessMetrics metrics) {
        Messages messages = context.messages();
        Set<String> tables = new LinkedHashSet<>();
        metrics.dimensionSummaries().stream()
                .map(DimensionSummary::populationTable)
                .filter(Objects::nonNull)
                .forEach(tables::add);
        String period = metrics.lastStage()
                .map(ProcessSummary::period)
                .map(String::valueOf)
                .orElse(null);
        String area = metrics.lastStage()
                .map(p -> p.areaName() != null ? p.areaName() : p.areaCode())
                .orElse(null);
        String names = tables.isEmpty() ? DisplayNumbers.NO_VALUE : String.join(", ", tables);
        return messages.get(
                "method.population",
                names,
                period == null ? DisplayNumbers.NO_VALUE : period,
                area == null ? DisplayNumbers.NO_VALUE : area);
    }
}
