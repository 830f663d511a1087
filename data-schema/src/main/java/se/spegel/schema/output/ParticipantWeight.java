package se.spegel.schema.output;

/**
 * One participant's raking weight. The only output row that carries a person_id.
 *
 * @param weight null when the participant could not be raked (a missing answer, an answer
 *               without a population counterpart, or outside the compared area or ages)
 */
public record ParticipantWeight(String processId, String personId, Double weight) {
    /** Everything but the person_id. */
    @Override
    public String toString() {
        return "ParticipantWeight[processId=" + processId + ", weight=" + weight + "]";
    }
}
