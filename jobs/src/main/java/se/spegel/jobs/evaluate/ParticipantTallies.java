package se.spegel.jobs.evaluate;

import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import se.spegel.schema.input.ParticipantRow;

/**
 * How many accepted participants gave each answer per dimension column, and lived in each area
 * code: what the cross-file checks need to name answers without a population counterpart and
 * residences outside the hierarchy. Small (distinct answers and codes only), so Spark tasks
 * keep one each and the driver adds them up, as it does the cell counts.
 */
final class ParticipantTallies implements Serializable {
    private static final long serialVersionUID = 1L;

    private final List<String> dimensions;
    private final Map<String, Map<String, Long>> answers = new HashMap<>();
    private final Map<String, Long> residences = new HashMap<>();
    /** Rejected cells of accepted participants per column (see {@link se.spegel.schema.input.RejectedCells}). */
    private final Map<String, Long> rejectedCells = new HashMap<>();

    ParticipantTallies(List<String> dimensions) {
        this.dimensions = List.copyOf(dimensions);
    }

    static ParticipantTallies of(List<ParticipantRow> participants, List<String> dimensions) {
        ParticipantTallies tallies = new ParticipantTallies(dimensions);
        participants.forEach(p -> tallies.add(p, 1));
        return tallies;
    }

    /** Counts the participant in (sign +1, or n participants alike) or out again (sign -1). */
    void add(ParticipantRow participant, long sign) {
        for (String dimension : dimensions) {
            String answer = participant.categories().get(dimension);
            if (answer != null) {
                addAnswer(dimension, answer, sign);
            }
        }
        if (participant.areaCode() != null) {
            addResidence(participant.areaCode(), sign);
        }
    }

    /** The same, with the columns of the participant's row that were rejected cells. */
    void add(ParticipantRow participant, List<String> rejectedColumns, long sign) {
        add(participant, sign);
        rejectedColumns.forEach(column -> addRejectedCells(column, sign));
    }

    /** Adds n participants who gave this (canonical) answer in a dimension column. */
    void addAnswer(String dimension, String answer, long n) {
        answers.computeIfAbsent(dimension, d -> new HashMap<>()).merge(answer, n, Long::sum);
    }

    /** Adds n participants living in this area code. */
    void addResidence(String areaCode, long n) {
        residences.merge(areaCode, n, Long::sum);
    }

    /** Adds n rejected cells of a column (counted out again with a negative n). */
    void addRejectedCells(String column, long n) {
        rejectedCells.merge(column, n, Long::sum);
    }

    ParticipantTallies merge(ParticipantTallies other) {
        other.rejectedCells.forEach(this::addRejectedCells);
        other.answers.forEach((dimension, counts) -> counts.forEach((answer, n) -> addAnswer(dimension, answer, n)));
        other.residences.forEach(this::addResidence);
        return this;
    }

    List<String> dimensions() {
        return dimensions;
    }

    /** Participants per answer of a dimension column (answers whose count fell to 0 left out). */
    Map<String, Long> answers(String dimension) {
        Map<String, Long> counts = new HashMap<>(answers.getOrDefault(dimension, Map.of()));
        counts.values().removeIf(n -> n == 0);
        return counts;
    }

    /** Rejected cells per column (columns whose count fell to 0 left out). */
    Map<String, Long> rejectedCells() {
        Map<String, Long> counts = new HashMap<>(rejectedCells);
        counts.values().removeIf(n -> n == 0);
        return counts;
    }

    /** Participants per area code of residence (codes whose count fell to 0 left out). */
    Map<String, Long> residences() {
        Map<String, Long> counts = new HashMap<>(residences);
        counts.values().removeIf(n -> n == 0);
        return counts;
    }
}
