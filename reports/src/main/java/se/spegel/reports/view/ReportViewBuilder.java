package se.spegel.reports.view;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import se.spegel.reports.chart.AgePyramidData;
import se.spegel.reports.model.AssemblyRows;
import se.spegel.reports.model.MetricRows;
import se.spegel.reports.model.ProcessMetrics;
import se.spegel.reports.model.RunManifest;
import se.spegel.reports.text.Messages;
import se.spegel.reports.text.PlainSummary;
import se.spegel.reports.text.ReportContext;
import se.spegel.reports.view.ReportView.ChartView;
import se.spegel.reports.view.ReportView.DimensionSectionView;
import se.spegel.reports.view.ReportView.PyramidSectionView;
import se.spegel.reports.view.section.AssemblySection;
import se.spegel.reports.view.section.CategoryTable;
import se.spegel.reports.view.section.DataQualitySection;
import se.spegel.reports.view.section.DistrictRateSection;
import se.spegel.reports.view.section.FunnelSection;
import se.spegel.reports.view.section.LeadSentence;
import se.spegel.reports.view.section.MethodologySection;
import se.spegel.reports.view.section.StageTable;
import se.spegel.reports.view.section.SummaryTable;
import se.spegel.schema.output.ProcessSummary;

/** Assembles the {@link ReportView} of one process at its last funnel stage. */
public final class ReportViewBuilder {

    private final ReportContext context;

    public ReportViewBuilder(ReportContext context) {
        this.context = context;
    }

    /**
     * @param charts   the chart files written for the report
     * @param manifest run.json of the run, when the metrics folder's parent has one
     */
    ReportView build(ProcessMetrics metrics, ReportCharts charts, Optional<RunManifest> manifest) {
        return build(metrics, charts, manifest, AssemblyRows.NONE);
    }

    /** @param assembly the process's quota and selection-probability rows (none for most processes) */
    public ReportView build(
            ProcessMetrics metrics, ReportCharts charts, Optional<RunManifest> manifest, AssemblyRows assembly) {
        Map<String, ChartView> gapCharts = charts.gaps();
        Optional<ChartView> pyramidChart = charts.pyramid();
        Messages messages = context.messages();
        String stage = metrics.reportedStage();
        Optional<ProcessSummary> last = metrics.lastStage();

        SummaryTable summary = new SummaryTable(context);
        var summaryRows = summary.rows(metrics, stage);
        StageTable stages = new StageTable(context);
        var stageRows = stages.rows(metrics);

        CategoryTable categoryTable = new CategoryTable(context);
        List<DimensionSectionView> sections = new ArrayList<>();
        for (String dimension : metrics.plainDimensions(stage)) {
            sections.add(categoryTable.section(metrics, stage, dimension, gapCharts.get(dimension)));
        }
        PyramidSectionView pyramid = pyramidSection(metrics, stage, pyramidChart, categoryTable);

        return new ReportView(
                messages.lang(),
                last.map(ProcessSummary::name).orElse(metrics.processId()),
                facts(last, stage),
                new LeadSentence(context).write(metrics, stage),
                messages.get("report.stageNote", context.labels().stage(stage)),
                summaryRows,
                withDissimilarityNote(metrics, summary.notes()),
                stageRows,
                stages.notes(metrics),
                sections,
                pyramid,
                new FunnelSection(context).view(metrics, charts.funnel().orElse(null)),
                new DistrictRateSection(context)
                        .view(metrics, stage, charts.districtRates().orElse(null), charts.districtMaps()),
                new DataQualitySection(context).view(metrics, stage, manifest),
                new MethodologySection(context).view(metrics),
                List.of(
                        messages.get("about.dissimilarity"),
                        messages.get("about.gap"),
                        messages.get("about.interval"),
                        messages.get(
                                "about.privacy",
                                String.valueOf(context.settings().minPublishedCount()))),
                new AssemblySection(context).view(assembly.quotas(), assembly.fairness(), assembly.groups()),
                new PlainSummary(context).build(metrics, stage));
    }

    private PyramidSectionView pyramidSection(
            ProcessMetrics metrics, String stage, Optional<ChartView> chart, CategoryTable categoryTable) {
        if (chart.isEmpty()) {
            return null;
        }
        return AgePyramidData.from(metrics, stage, context.labels())
                .map(data -> new PyramidSectionView(
                        chart.get(), categoryTable.section(metrics, stage, data.dimension(), null), pyramidNotes(data)))
                .orElse(null);
    }

    private List<String> pyramidNotes(AgePyramidData data) {
        List<String> notes = new ArrayList<>(List.of(context.messages().get("chart.pyramid.note")));
        if (data.hasWithheldParticipantCells()) {
            notes.add(context.messages()
                    .get(
                            "chart.pyramid.withheld",
                            String.valueOf(context.settings().minPublishedCount())));
        }
        return notes;
    }

    private List<String> withDissimilarityNote(ProcessMetrics metrics, List<String> privacyNotes) {
        List<String> notes = new ArrayList<>();
        notes.add(LevelNote.of(
                context, metrics.dimensionSummaries().stream().anyMatch(r -> MetricRows.verdict(r) != null)));
        notes.addAll(privacyNotes);
        return notes;
    }

    private List<String> facts(Optional<ProcessSummary> last, String stage) {
        Messages messages = context.messages();
        List<String> facts = new ArrayList<>();
        last.ifPresent(p -> {
            if (p.method() != null) {
                facts.add(context.labels().method(p.method()));
            }
            if (p.areaName() != null && p.areaCode() != null) {
                facts.add(messages.get("fact.areaWithCode", p.areaName(), p.areaCode()));
            } else if (p.areaName() != null || p.areaCode() != null) {
                facts.add(p.areaName() != null ? p.areaName() : p.areaCode());
            }
            facts.add(messages.get("fact.period", String.valueOf(p.period())));
            eligibleAges(p).ifPresent(facts::add);
        });
        return facts;
    }

    private Optional<String> eligibleAges(ProcessSummary p) {
        Messages messages = context.messages();
        if (p.minAge() != null && p.maxAge() != null) {
            return Optional.of(messages.get(
                    "fact.ages",
                    messages.get("universe.rangeShort", String.valueOf(p.minAge()), String.valueOf(p.maxAge()))));
        }
        if (p.minAge() != null) {
            return Optional.of(
                    messages.get("fact.ages", messages.get("universe.fromShort", String.valueOf(p.minAge()))));
        }
        if (p.maxAge() != null) {
            return Optional.of(
                    messages.get("fact.ages", messages.get("universe.upToShort", String.valueOf(p.maxAge()))));
        }
        return Optional.empty();
    }
}
