package se.spegel.reports.view.section;

import java.util.ArrayList;
import java.util.List;
import se.spegel.reports.chart.FunnelChart;
import se.spegel.reports.model.ProcessMetrics;
import se.spegel.reports.text.DisplayNumbers;
import se.spegel.reports.text.Messages;
import se.spegel.reports.text.PublishedCount;
import se.spegel.reports.text.ReportContext;
import se.spegel.reports.view.ReportView.ChartView;
import se.spegel.reports.view.ReportView.FunnelView;
import se.spegel.reports.view.ReportView.LossView;
import se.spegel.reports.view.ReportView.TransitionView;
import se.spegel.schema.output.ProcessSummary;

/**
 * The funnel of a process with several stages: the chart's data (n and mean D per stage), the groups whose
 * share fell most at each transition ({@link StageLosses}) with how the stage compares with chance
 * ({@link FunnelChance}), and the R-indicator of the response stage with the variable that drove it.
 */
public final class FunnelSection {

    static final int LOSSES_PER_TRANSITION = 3;

    private final ReportContext context;
    private final PublishedCount counts;

    public FunnelSection(ReportContext context) {
        this.context = context;
        this.counts = context.publishedCount();
    }

    public static boolean applies(ProcessMetrics metrics) {
        return metrics.stagesInOrder().size() > 1;
    }

    /** The bars and points of the funnel chart; a count that may not be published gets no bar. */
    public List<FunnelChart.Stage> chartStages(ProcessMetrics metrics) {
        PublishedCount chartCounts = context.publishedCount();
        return metrics.stagesInOrder().stream()
                .map(s -> {
                    boolean publishable = s.n() != null && !chartCounts.isBelowThreshold(s.n());
                    return new FunnelChart.Stage(
                            s.stage(),
                            context.labels().stage(s.stage()),
                            publishable ? s.n() : null,
                            chartCounts.text(s.n()),
                            s.meanDissimilarity());
                })
                .toList();
    }

    /** The section, or {@code null} when the process has a single stage. */
    public FunnelView view(ProcessMetrics metrics, ChartView chart) {
        if (!applies(metrics)) {
            return null;
        }
        Messages messages = context.messages();
        List<TransitionView> transitions = new ArrayList<>();
        FunnelChance chance = new FunnelChance(context);
        for (StageLosses.Transition t :
                new StageLosses(LOSSES_PER_TRANSITION, context.settings().minPublishedCount()).of(metrics)) {
            transitions.add(new TransitionView(
                    messages.get("funnel.transition", stageLabel(t.from()), stageLabel(t.to())),
                    chance.transition(metrics, t.from(), t.to()),
                    t.losses().stream().map(this::loss).toList()));
        }
        List<String> notes = new ArrayList<>();
        notes.add(messages.get("funnel.lossNote"));
        notes.addAll(context.privacyNotes(counts));
        return new FunnelView(chart, transitions, rIndicator(metrics), chance.responseDriver(metrics), notes);
    }

    private LossView loss(StageLosses.Loss loss) {
        DisplayNumbers numbers = context.numbers();
        return new LossView(
                context.categoryLabel().of(loss.dimension(), loss.category()),
                context.categoryLabel().dimension(loss.dimension()),
                numbers.signed(loss.changePp(), 1),
                context.messages()
                        .get(
                                "funnel.shares",
                                numbers.percent(loss.shareBefore(), 1),
                                numbers.percent(loss.shareAfter(), 1)));
    }

    private String rIndicator(ProcessMetrics metrics) {
        List<ProcessSummary> stages = metrics.stagesInOrder();
        for (int i = 1; i < stages.size(); i++) {
            Double r = stages.get(i).rIndicator();
            if (r != null) {
                return context.messages()
                        .get(
                                "funnel.rIndicator",
                                stageLabel(stages.get(i - 1)),
                                stageLabel(stages.get(i)),
                                context.numbers().decimal(r, 2));
            }
        }
        return "";
    }

    private String stageLabel(ProcessSummary stage) {
        return context.labels().stage(stage.stage());
    }
}
