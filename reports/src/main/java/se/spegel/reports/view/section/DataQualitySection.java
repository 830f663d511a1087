package se.spegel.reports.view.section;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import se.spegel.reports.model.MetricRows;
import se.spegel.reports.model.ProcessMetrics;
import se.spegel.reports.model.RunManifest;
import se.spegel.reports.text.DisplayNumbers;
import se.spegel.reports.text.Messages;
import se.spegel.reports.text.PublishedCount;
import se.spegel.reports.text.ReportContext;
import se.spegel.reports.view.ReportView.DataQualityView;
import se.spegel.reports.view.ReportView.DimensionQualityRowView;
import se.spegel.reports.view.ReportView.InputRowView;
import se.spegel.schema.output.DimensionSummary;

/**
 * Data quality: rows read, accepted and rejected per input file with the reasons (from run.json, when there
 * is one), the run's notes, and per plain dimension the participants left out of the comparison. Blank
 * dimension_summary counts are withheld and shown with the suppression marker.
 */
public final class DataQualitySection {

    private final ReportContext context;

    public DataQualitySection(ReportContext context) {
        this.context = context;
    }

    public DataQualityView view(ProcessMetrics metrics, String stage, Optional<RunManifest> manifest) {
        PublishedCount counts = context.publishedCount();
        List<DimensionQualityRowView> dimensions = new ArrayList<>();
        for (String dimension : metrics.plainDimensions(stage)) {
            metrics.summary(stage, dimension)
                    .ifPresent(s -> dimensions.add(new DimensionQualityRowView(
                            context.categoryLabel().dimension(dimension),
                            counts.withheld(MetricRows.count(s.nMissing())),
                            counts.withheld(MetricRows.count(s.nNoCounterpart())),
                            counts.withheld(MetricRows.count(s.nOutsideUniverse())),
                            comparedAges(s),
                            s.populationTable() == null ? DisplayNumbers.NO_VALUE : s.populationTable())));
        }
        List<InputRowView> inputs = manifest.map(
                        m -> m.inputs().stream().map(i -> input(i, counts)).toList())
                .orElse(List.of());
        List<String> notes = new ArrayList<>();
        notes.add(context.messages().get(manifest.isPresent() ? "quality.runNote" : "quality.noRunManifest"));
        if (manifest.isPresent() && manifest.get().inputs().stream().anyMatch(i -> aboutPeople(i.role()))) {
            notes.add(context.messages().get("quality.participantRows"));
        }
        notes.add(context.messages().get("quality.dimensionNote"));
        notes.addAll(context.privacyNotes(counts));
        return new DataQualityView(
                manifest.isPresent(), inputs, manifest.map(RunManifest::notes).orElse(List.of()), dimensions, notes);
    }

    /**
     * An input file's row accounting. The rows of a file about people (participants, votes) are not shown: the
     * number accepted is the exact number of participants, which the published tables protect, and together with
     * the rows read it gives the rejected ones; those files' rejection reasons show a count below the threshold as
     * "fewer than k". The other files (processes, population statistics, areas) count no participants: shown as
     * they are.
     */
    private InputRowView input(RunManifest.Input input, PublishedCount counts) {
        Messages messages = context.messages();
        boolean people = aboutPeople(input.role());
        List<String> details = new ArrayList<>();
        for (Map.Entry<String, Long> reason : input.rejectedByReason().entrySet()) {
            long n = reason.getValue();
            details.add(
                    people && counts.isBelowThreshold((double) n)
                            ? messages.get("quality.reasonFew", reason.getKey(), String.valueOf(counts.minPublished()))
                            : messages.get("quality.reason", reason.getKey(), count(n)));
        }
        if (!input.droppedIdentifierColumns().isEmpty()) {
            details.add(messages.get("quality.dropped", String.join(", ", input.droppedIdentifierColumns())));
        }
        input.warnings().forEach(w -> details.add(messages.get("quality.warning", w)));
        if (people) {
            return new InputRowView(
                    role(input.role()),
                    fileName(input.path()),
                    DisplayNumbers.NO_VALUE,
                    DisplayNumbers.NO_VALUE,
                    DisplayNumbers.NO_VALUE,
                    details);
        }
        return new InputRowView(
                role(input.role()),
                fileName(input.path()),
                count(input.rowsRead()),
                count(input.rowsAccepted()),
                count(input.rowsRejected()),
                details);
    }

    /** Whether an input's rows are people (their counts are protected), not processes, statistics or areas. */
    static boolean aboutPeople(String role) {
        return "participants".equals(role) || "votes".equals(role);
    }

    private String role(String role) {
        if (role == null) {
            return DisplayNumbers.NO_VALUE;
        }
        String key = "quality.role." + role;
        return context.messages().all().containsKey(key) ? context.messages().get(key) : role;
    }

    private static String fileName(String path) {
        if (path == null) {
            return DisplayNumbers.NO_VALUE;
        }
        try {
            Path name = Path.of(path).getFileName();
            return name == null ? path : name.toString();
        } catch (RuntimeException e) {
            return path;
        }
    }

    /** Counts of rows of files that count no participants: printed as they are (as in run.json). */
    private String count(Long value) {
        return value == null ? DisplayNumbers.NO_VALUE : context.numbers().count(value);
    }

    private String comparedAges(DimensionSummary s) {
        Messages messages = context.messages();
        Integer min = s.universeMinAge();
        Integer max = s.universeMaxAge();
        if (min != null && max != null) {
            return messages.get("universe.rangeShort", String.valueOf(min), String.valueOf(max));
        }
        if (min != null) {
            return messages.get("universe.fromShort", String.valueOf(min));
        }
        if (max != null) {
            return messages.get("universe.upToShort", String.valueOf(max));
        }
        return messages.get("quality.allAges");
    }
}
