package se.spegel.reports.view.section;

import java.util.Optional;
import se.spegel.reports.model.MetricRows;
import se.spegel.reports.text.Messages;
import se.spegel.reports.text.PublishedCount;
import se.spegel.schema.output.DimensionSummary;
import se.spegel.schema.output.ProcessSummary;

/** The note that says which ages a dimension was compared for, e.g. "jämförs för 25–64 år". */
final class ComparedAges {

    private ComparedAges() {}

    /**
     * The note, or empty when the comparison is unrestricted or covers exactly the process's eligible
     * ages (already shown in the report's header) with nobody left out.
     */
    static Optional<String> note(
            DimensionSummary summary, Optional<ProcessSummary> process, Messages messages, PublishedCount counts) {
        Integer min = summary.universeMinAge();
        Integer max = summary.universeMaxAge();
        Double outside = MetricRows.count(summary.nOutsideUniverse());
        // blank = withheld (a small count), not "nobody"
        boolean nobodyOutside = outside != null && outside == 0;
        boolean sameAsEligibility = process.isPresent()
                && java.util.Objects.equals(min, process.get().minAge())
                && java.util.Objects.equals(max, process.get().maxAge());
        if (sameAsEligibility && nobodyOutside) {
            return Optional.empty();
        }
        String ages;
        if (min != null && max != null) {
            ages = messages.get("universe.range", String.valueOf(min), String.valueOf(max));
        } else if (min != null) {
            ages = messages.get("universe.from", String.valueOf(min));
        } else if (max != null) {
            ages = messages.get("universe.upTo", String.valueOf(max));
        } else {
            return Optional.empty();
        }
        if (!nobodyOutside) {
            ages = ages + " " + messages.get("universe.outside", counts.withheld(outside));
        }
        return Optional.of(ages);
    }
}
