package se.spegel.schema.input;

import java.util.Map;

/**
 * One accepted participant, as Spegel needs it: the pseudonymous person_id (only
 * {@code spegel weights} writes it out, next to the person's weight; it never reaches
 * a metric table, a report or a log line, and participants read on the driver go to Spark without it, and {@link #toString()} leaves it out), the furthest
 * stage as an index into the process's funnel, the age as an interval (exact age: low = high;
 * age band: the band's range; unknown: null), the canonical category per column dimension
 * (null = missing answer), and the residence code as given.
 */
public record ParticipantRow(
        String processId,
        String personId,
        int stageIndex,
        Integer ageLow,
        Integer ageHigh,
        String ageBand,
        Map<String, String> categories,
        String areaCode,
        double weight)
        implements java.io.Serializable {
    public ParticipantRow {
        categories = CategoryValues.of(categories);
    }

    /** The same participant without its person_id, for handing on to machinery that needs no id. */
    public ParticipantRow withoutPersonId() {
        return new ParticipantRow(processId, null, stageIndex, ageLow, ageHigh, ageBand, categories, areaCode, weight);
    }

    /** Everything but the person_id, so that printing a participant never shows who it was. */
    @Override
    public String toString() {
        return "ParticipantRow[processId=" + processId + ", stageIndex=" + stageIndex + ", ageLow=" + ageLow
                + ", ageHigh=" + ageHigh + ", ageBand=" + ageBand + ", categories=" + categories
                + ", areaCode=" + areaCode + ", weight=" + weight + "]";
    }
}
