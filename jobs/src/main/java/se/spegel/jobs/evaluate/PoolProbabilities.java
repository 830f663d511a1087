package se.spegel.jobs.evaluate;

import java.util.List;
import java.util.Map;
import se.spegel.jobs.model.AreaHierarchy;
import se.spegel.schema.input.ParticipantRow;
import se.spegel.schema.input.ProcessRow;

/**
 * The pool's selection probabilities summed per category of every compared dimension, by the
 * same categoriser as every count: each pool member counted once, with its probability as its
 * weight, so that a cell's weighted sum over its heads is the category's mean probability. It
 * takes participant rows on the driver ({@link PoolMembers} brings a Spark-read pool there):
 * person_id is needed to find a member's probability and goes no further than this class.
 */
public final class PoolProbabilities {
    private PoolProbabilities() {}

    /**
     * @param poolStage per process, the stage whose participants make the pool (they reached it or a later one)
     * @return cumulative marginals as {@link ParticipantMarginals} makes them; weighted = Σ probability
     */
    public static List<Marginal> of(
            Map<String, ProcessRow> processes,
            List<ParticipantRow> participants,
            List<ComparedDimension> dimensions,
            AreaHierarchy areas,
            Map<String, Map<String, Double>> probabilities,
            Map<String, Integer> poolStage) {
        ParticipantCategoriser categoriser = new ParticipantCategoriser(processes, dimensions, areas);
        MarginalCounts counts = categoriser.newCounts();
        for (ParticipantRow p : participants) {
            Map<String, Double> pool = probabilities.get(p.processId());
            Integer stage = poolStage.get(p.processId());
            Double probability = pool == null || p.personId() == null ? null : pool.get(p.personId());
            if (probability != null && stage != null && p.stageIndex() >= stage) {
                // counted at the pool stage itself: the cells then hold the pool, not later stages
                ParticipantRow member = new ParticipantRow(
                        p.processId(),
                        null,
                        stage,
                        p.ageLow(),
                        p.ageHigh(),
                        p.ageBand(),
                        p.categories(),
                        p.areaCode(),
                        probability);
                categoriser.count(member, counts, 1);
            }
        }
        return CumulativeStages.of(counts);
    }
}
