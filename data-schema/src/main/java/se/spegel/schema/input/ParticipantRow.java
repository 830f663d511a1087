package se.spegel.schema.input;

import java.util.Map;

/**
 * One accepted participant, as Spegel needs it: no person_id (it only served to find
 * duplicates), the furthest stage as an index into the process's funnel, the age as an
 * interval (exact age: low = high; age band: the band's range; unknown: null), the canonical
 * category per column dimension (null = missing answer), and the residence code as given.
 */
public record ParticipantRow(String processId, int stageIndex, Integer ageLow, Integer ageHigh, String ageBand,
                             Map<String, String> categories, String areaCode, double weight) implements java.io.Serializable {
    public ParticipantRow {
        categories = java.util.Collections.unmodifiableMap(new java.util.HashMap<>(categories));
    }
}
