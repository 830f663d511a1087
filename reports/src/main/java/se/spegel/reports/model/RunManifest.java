package se.spegel.reports.model;

import java.util.List;
import java.util.Map;

/**
 * What the report needs of {@code run.json} (written by the evaluate job beside the metrics folder): per input
 * file the row accounting, rejection reasons, dropped identifier columns and warnings, and the run's notes.
 */
public record RunManifest(List<Input> inputs, List<String> notes) {

    /**
     * One input file. Counts are {@code null} when run.json does not give them; {@code warnings} are the published
     * forms, without counts of participants or row detail.
     */
    public record Input(
            String role,
            String path,
            Long rowsRead,
            Long rowsAccepted,
            Long rowsRejected,
            Map<String, Long> rejectedByReason,
            List<String> droppedIdentifierColumns,
            List<String> warnings) {}
}
