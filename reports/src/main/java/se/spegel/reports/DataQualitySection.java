package se.spegel.reports;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import se.spegel.reports.ReportView.DataQualityView;
import se.spegel.reports.ReportView.DimensionQualityRowView;
import se.spegel.reports.ReportView.InputRowView;

/**
 * Data quality: rows read, accepted and rejected per input file with the reasons (from run.json, when there
 * is one), the run's notes, and per plain dimension the participants left out of the comparison. Blank
 * dimension_summary counts are withheld and shown with the suppression marker.
 */
final class DataQualitySection {

  private final ReportContext context;

  DataQualitySection(ReportContext context) {
    this.context = context;
  }

  DataQualityView view(ProcessMetrics metrics, String stage, Optional<RunManifest> manifest) {
    PublishedCount counts = context.publishedCount();
    List<DimensionQualityRowView> dimensions = new ArrayList<>();
    for (String dimension : metrics.plainDimensions(stage)) {
      metrics.summary(stage, dimension).ifPresent(s -> dimensions.add(new DimensionQualityRowView(
          context.categoryLabel().dimension(dimension),
          counts.withheld(s.nMissing()),
          counts.withheld(s.nNoCounterpart()),
          counts.withheld(s.nOutsideUniverse()),
          comparedAges(s),
          s.populationTable() == null ? DisplayNumbers.NO_VALUE : s.populationTable())));
    }
    List<InputRowView> inputs = manifest.map(m -> m.inputs().stream().map(this::input).toList()).orElse(List.of());
    List<String> notes = new ArrayList<>();
    notes.add(context.messages().get(manifest.isPresent() ? "quality.runNote" : "quality.noRunManifest"));
    notes.add(context.messages().get("quality.dimensionNote"));
    notes.addAll(context.privacyNotes(counts));
    return new DataQualityView(manifest.isPresent(), inputs,
        manifest.map(RunManifest::notes).orElse(List.of()), dimensions, notes);
  }

  private InputRowView input(RunManifest.Input input) {
    Messages messages = context.messages();
    List<String> details = new ArrayList<>();
    for (Map.Entry<String, Long> reason : input.rejectedByReason().entrySet()) {
      details.add(messages.get("quality.reason", reason.getKey(), count(reason.getValue())));
    }
    if (!input.droppedIdentifierColumns().isEmpty()) {
      details.add(messages.get("quality.dropped", String.join(", ", input.droppedIdentifierColumns())));
    }
    input.warnings().forEach(w -> details.add(messages.get("quality.warning", w)));
    return new InputRowView(role(input.role()), fileName(input.path()), count(input.rowsRead()),
        count(input.rowsAccepted()), count(input.rowsRejected()), details);
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

  /** Counts of input rows describe the files, not groups of residents: printed as they are (as in run.json). */
  private String count(Long value) {
    return value == null ? DisplayNumbers.NO_VALUE : context.numbers().count(value);
  }

  private String comparedAges(DimensionSummaryRow s) {
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
