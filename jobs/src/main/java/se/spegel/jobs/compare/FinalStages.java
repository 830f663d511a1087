package se.spegel.jobs.compare;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import se.spegel.schema.output.ProcessSummary;

/**
 * The stage at which processes are compared: each process's final funnel stage (highest
 * stage_index), i.e. the people who in the end took part. Earlier stages of an assembly (invited,
 * responded) describe recruitment, which other methods do not have, so only the final stage makes
 * methods comparable.
 */
final class FinalStages {
    private FinalStages() {}

    /** The final-stage row of every process, in the order processes first appear. */
    static Map<String, ProcessSummary> of(List<ProcessSummary> stages) {
        Map<String, ProcessSummary> last = new LinkedHashMap<>();
        for (ProcessSummary row : stages) {
            last.merge(row.processId(), row, (a, b) -> b.stageIndex() > a.stageIndex() ? b : a);
        }
        return last;
    }
}
