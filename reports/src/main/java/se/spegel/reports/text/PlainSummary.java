package se.spegel.reports.text;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import se.spegel.reports.MapReportLabels;
import se.spegel.reports.model.AreaNameLabels;
import se.spegel.reports.model.MetricRows;
import se.spegel.reports.model.ProcessMetrics;
import se.spegel.schema.output.CategoryGap;
import se.spegel.schema.output.DimensionSummary;
import se.spegel.schema.output.ProcessSummary;

/**
 * The first-page summary in plain language (Swedish, or English with --lang en): who were compared with
 * whom, the three worst-graded dimensions with the group furthest from its share of the residents, what
 * that means, and what the municipality can do. Dimensions are graded by the chance-baseline verdict of
 * dimension_summary where the metrics have that column, by D and the report's thresholds otherwise
 * ({@link FindingGrade}). Sentences are short and use everyday words, so that LIX stays at or below 40
 * (checked in PlainSummaryTest).
 */
public final class PlainSummary {

    static final int FINDINGS = 3;
    private static final Set<String> RANDOM_RECRUITMENT = Set.of("citizens_assembly", "citizens_panel");

    private final ReportContext context;

    public PlainSummary(ReportContext context) {
        this.context = context;
    }

    /** A dimension's grade and the category furthest from its population share. */
    /** @param surveyBased whether the residents' side is a survey's shares, not the register's */
    record Finding(
            String dimension, FindingGrade grade, Double dissimilarity, CategoryGap furthest, boolean surveyBased) {}

    public PlainSummaryView build(ProcessMetrics metrics, String stage) {
        Messages messages = context.messages();
        List<Finding> findings = findings(metrics, stage);
        boolean verdicts = metrics.plainDimensions(stage).stream()
                .anyMatch(
                        d -> metrics.summary(stage, d).map(MetricRows::verdict).isPresent());

        List<String> measured = new ArrayList<>();
        Optional<ProcessSummary> last = metrics.lastStage();
        String area = last.map(s -> s.areaName() != null ? s.areaName() : s.areaCode())
                .orElse(null);
        String count = last.map(ProcessSummary::n)
                .map(n -> context.publishedCount().text(n))
                .orElse(null);
        measured.add(
                count == null
                        ? messages.get("brief.measured.noCount", area == null ? "" : area)
                        : messages.get("brief.measured", count, area == null ? messages.get("brief.theArea") : area));
        List<String> dimensions = metrics.plainDimensions(stage).stream()
                .map(d -> context.labels().dimension(d).toLowerCase(messages.locale()))
                .toList();
        if (!dimensions.isEmpty()) {
            measured.add(messages.get("brief.dimensions", list(dimensions)));
        }

        List<String> said = new ArrayList<>();
        for (Finding finding : findings.subList(0, Math.min(FINDINGS, findings.size()))) {
            said.add(sentence(finding));
        }
        if (said.isEmpty()) {
            said.add(messages.get("brief.noFindings"));
        }
        return new PlainSummaryView(
                measured,
                said,
                meaning(findings),
                actions(metrics, findings),
                messages.get(verdicts ? "brief.basis.verdict" : "brief.basis.dissimilarity"));
    }

    /** Every plain dimension with a comparison, worst grade first, then larger D first. */
    List<Finding> findings(ProcessMetrics metrics, String stage) {
        List<Finding> findings = new ArrayList<>();
        for (String dimension : metrics.plainDimensions(stage)) {
            Optional<DimensionSummary> summary = metrics.summary(stage, dimension);
            Double d = summary.map(DimensionSummary::dissimilarity).orElse(null);
            FindingGrade grade =
                    summary.map(row -> FindingGrade.of(row, context.settings())).orElse(FindingGrade.TOO_FEW);
            Optional<CategoryGap> furthest = metrics.gaps(stage, dimension).stream()
                    .filter(r -> !r.suppressed() && r.gapPp() != null && r.share() != null && r.popShare() != null)
                    .max(Comparator.comparingDouble(r -> Math.abs(r.gapPp())));
            if (grade != FindingGrade.TOO_FEW && furthest.isPresent()) {
                findings.add(new Finding(
                        dimension,
                        grade,
                        d,
                        furthest.get(),
                        summary.map(DimensionSummary::surveyBased).orElse(false)));
            }
        }
        findings.sort(Comparator.comparing(Finding::grade)
                .thenComparing(f -> f.dissimilarity() == null ? 0 : -f.dissimilarity()));
        return findings;
    }

    /** "Personer 16–24 år var för få. De var 4 % av dem som kom. De är 14 % av alla som bor här. …" */
    private String sentence(Finding finding) {
        Messages messages = context.messages();
        CategoryGap row = finding.furthest();
        DisplayNumbers numbers = context.numbers();
        boolean under = row.gapPp() < 0;
        // a survey's share is what its respondents said, not a count of everyone who lives here
        String key = (under ? "brief.finding.under" : "brief.finding.over") + (finding.surveyBased() ? ".survey" : "");
        String text =
                messages.get(key, group(row), numbers.percent(row.share(), 0), numbers.percent(row.popShare(), 0));
        return text + " " + messages.get(finding.grade().messageKey());
    }

    private String group(CategoryGap row) {
        String category = context.labels().category(row.dimension(), row.category());
        if (MapReportLabels.AGE_DIMENSION.equals(row.dimension())) {
            return context.messages().get("brief.ageGroup", category);
        }
        if (AreaNameLabels.DISTRICT.equals(row.dimension())) {
            return context.messages().get("brief.districtGroup", category);
        }
        return context.messages()
                .get("brief.group", category.toLowerCase(context.messages().locale()));
    }

    private List<String> meaning(List<Finding> findings) {
        Messages messages = context.messages();
        if (findings.isEmpty()) {
            return List.of(messages.get("brief.meaning.tooFew"));
        }
        boolean worse =
                findings.stream().anyMatch(f -> f.grade() == FindingGrade.LARGE || f.grade() == FindingGrade.MODERATE);
        return List.of(messages.get(worse ? "brief.meaning.skewed" : "brief.meaning.mirrored"));
    }

    private List<String> actions(ProcessMetrics metrics, List<Finding> findings) {
        Messages messages = context.messages();
        List<String> actions = new ArrayList<>();
        findings.stream()
                .filter(f -> f.grade().isWorse() && f.furthest().gapPp() < 0)
                .findFirst()
                .ifPresent(f -> actions.add(messages.get("brief.action.invite", lowerFirst(group(f.furthest())))));
        String method = metrics.lastStage().map(ProcessSummary::method).orElse("");
        actions.add(messages.get(RANDOM_RECRUITMENT.contains(method) ? "brief.action.remind" : "brief.action.lottery"));
        actions.add(messages.get("brief.action.measureAgain"));
        return actions;
    }

    private String lowerFirst(String text) {
        return text.isEmpty()
                ? text
                : text.substring(0, 1).toLowerCase(context.messages().locale()) + text.substring(1);
    }

    private String list(List<String> items) {
        if (items.size() == 1) {
            return items.get(0);
        }
        return String.join(", ", items.subList(0, items.size() - 1)) + " "
                + context.messages().get("brief.and") + " " + items.get(items.size() - 1);
    }
}
