package se.spegel.reports.view.section;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import se.spegel.reports.MapReportLabels;
import se.spegel.reports.model.MetricRows;
import se.spegel.reports.model.ProcessMetrics;
import se.spegel.reports.model.WithheldRange;
import se.spegel.reports.text.DissimilarityLevel;
import se.spegel.reports.text.Messages;
import se.spegel.reports.text.ReportContext;
import se.spegel.schema.output.CategoryGap;
import se.spegel.schema.output.DimensionSummary;
import se.spegel.schema.output.ProcessSummary;

/**
 * The plain-language lead: how many took part and what the verdicts say, e.g. "120 deltagare.
 * Största skillnaden utöver slumpen: Personer 16–24 år: 4 % av deltagarna men 14 % av invånarna."
 * The largest difference is named only among the dimensions judged worse than chance; when none is,
 * the lead says the participants are as representative as a random sample of the same size (or too
 * few to judge), and names the dimensions that came out better than chance. Metrics without verdicts
 * get the largest difference as before.
 */
public final class LeadSentence {

    private final ReportContext context;

    public LeadSentence(ReportContext context) {
        this.context = context;
    }

    public List<String> write(ProcessMetrics metrics, String stage) {
        Messages messages = context.messages();
        List<String> sentences = new ArrayList<>();
        Optional<Double> participants = metrics.lastStage().map(ProcessSummary::n);
        participants.ifPresent(n -> sentences.add(
                messages.get("lead.participants", context.publishedCount().text(n))));
        List<DimensionSummary> judged = metrics.plainDimensions(stage).stream()
                .flatMap(d -> metrics.summary(stage, d).stream())
                .filter(s -> DissimilarityLevel.ofVerdict(MetricRows.verdict(s)) != null)
                .toList();
        if (judged.isEmpty()) {
            largestGap(metrics, stage)
                    .ifPresentOrElse(
                            gap -> sentences.add(gapSentence("lead.largestGap", gap)),
                            () -> sentences.add(messages.get("lead.noGaps")));
            return sentences;
        }
        List<String> worse = judged.stream()
                .filter(s -> DissimilarityLevel.ofVerdict(MetricRows.verdict(s)).worse())
                .map(DimensionSummary::dimension)
                .toList();
        Optional<CategoryGap> worstGap = metrics.plainDimensions(stage).stream()
                .filter(worse::contains)
                .flatMap(d -> metrics.gaps(stage, d).stream())
                .filter(r -> absoluteGap(r) != null)
                .max(Comparator.comparingDouble(LeadSentence::absoluteGap));
        if (worstGap.isPresent()) {
            sentences.add(gapSentence("lead.worseGap", worstGap.get()));
        } else if (judged.stream()
                .allMatch(s -> DissimilarityLevel.ofVerdict(MetricRows.verdict(s)) == DissimilarityLevel.TOO_FEW)) {
            sentences.add(messages.get("lead.tooFew"));
        } else if (worse.isEmpty()) {
            sentences.add(messages.get("lead.asChance"));
        }
        List<String> better = judged.stream()
                .filter(s ->
                        DissimilarityLevel.ofVerdict(MetricRows.verdict(s)) == DissimilarityLevel.BETTER_THAN_CHANCE)
                .map(s -> context.labels().dimension(s.dimension()).toLowerCase(messages.locale()))
                .toList();
        if (!better.isEmpty()) {
            sentences.add(messages.get("lead.better", String.join(", ", better)));
        }
        return sentences;
    }

    /** The category with the largest |gap_pp| among the plain dimensions at the stage (a withheld one by its smallest). */
    static Optional<CategoryGap> largestGap(ProcessMetrics metrics, String stage) {
        return metrics.plainDimensions(stage).stream()
                .flatMap(d -> metrics.gaps(stage, d).stream())
                .filter(r -> absoluteGap(r) != null)
                .max(Comparator.comparingDouble(LeadSentence::absoluteGap));
    }

    /** |gap_pp|; for a group withheld as fewer than k, the smallest its share range allows. */
    private static Double absoluteGap(CategoryGap r) {
        if (r.gapPp() != null && r.share() != null && r.popShare() != null) {
            return Math.abs(r.gapPp());
        }
        return WithheldRange.of(r).map(range -> Math.abs(range.smallestGapPp())).orElse(null);
    }

    /** "…: 4 % of participants but 14 % of residents", or for a withheld group "fewer than 5 of 40 participants". */
    private String gapSentence(String key, CategoryGap gap) {
        Optional<WithheldRange> withheld = WithheldRange.of(gap);
        if (withheld.isPresent()) {
            return context.messages()
                    .get(
                            key + "Withheld",
                            subject(gap),
                            String.valueOf(context.settings().minPublishedCount()),
                            String.valueOf(withheld.get().nValid()),
                            context.numbers().percent(gap.popShare(), 0));
        }
        return context.messages()
                .get(
                        key,
                        subject(gap),
                        context.numbers().percent(gap.share(), 0),
                        context.numbers().percent(gap.popShare(), 0));
    }

    private String subject(CategoryGap gap) {
        String category = context.labels().category(gap.dimension(), gap.category());
        if (MapReportLabels.AGE_DIMENSION.equals(gap.dimension())) {
            return context.messages().get("lead.ageGroup", category);
        }
        return context.messages()
                .get(
                        "lead.categoryOfDimension",
                        category,
                        context.labels()
                                .dimension(gap.dimension())
                                .toLowerCase(context.messages().locale()));
    }
}
