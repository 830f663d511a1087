package se.spegel.jobs.evaluate;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class CumulativeStagesTest {
    private static final String IN = Marginal.IN_SCOPE;
    private static final String OUT = Marginal.OUTSIDE_AREA;

    /** Dimension 0 is "zone", 1 is "age": output follows the names, not the indices. */
    private static MarginalCounts counts() {
        MarginalCounts counts = new MarginalCounts(List.of("zone", "age"));
        // P1: two people stopped at stage 0, two reached stage 2, one outside the area reached stage 1
        participant(counts.block("P1", 0, IN), "A", "18-29", 1.0, 1);
        participant(counts.block("P1", 0, IN), "A", "18-29", 1.0, 1);
        participant(counts.block("P1", 2, IN), "A", "30-44", 1.5, 1);
        participant(counts.block("P1", 2, IN), "B", "30-44", 0.5, 1);
        participant(counts.block("P1", 1, OUT), "C", "30-44", 1.0, 1);
        // P0: one person; another was counted and taken away again (a duplicate found later)
        participant(counts.block("P0", 0, IN), "A", "18-29", 1.0, 1);
        participant(counts.block("P0", 0, IN), "B", "45-64", 2.0, 1);
        participant(counts.block("P0", 0, IN), "B", "45-64", 2.0, -1);
        return counts;
    }

    private static void participant(MarginalCounts.Block block, String zone, String age, double weight, int sign) {
        participant(block, zone, age, weight, 0, sign);
    }

    private static void participant(
            MarginalCounts.Block block, String zone, String age, double weight, long key, int sign) {
        block.add(0, zone, MarginalCounts.weightMillionths(weight), key, sign);
        block.add(1, age, MarginalCounts.weightMillionths(weight), key, sign);
    }

    private static Marginal m(
            String process, int stage, String status, String dimension, String category, long heads, String weight) {
        return new Marginal(process, stage, status, dimension, category, heads, new BigDecimal(weight));
    }

    @Test
    void countsEveryoneInTheirStageAndEveryEarlierOneOrderedByProcessStageStatusDimensionCategory() {
        assertThat(CumulativeStages.of(counts()))
                .containsExactly(
                        m("P0", 0, IN, "age", "18-29", 1, "1.000000"),
                        m("P0", 0, IN, "zone", "A", 1, "1.000000"),
                        m("P1", 0, IN, "age", "18-29", 2, "2.000000"),
                        m("P1", 0, IN, "age", "30-44", 2, "2.000000"),
                        m("P1", 0, IN, "zone", "A", 3, "3.500000"),
                        m("P1", 0, IN, "zone", "B", 1, "0.500000"),
                        m("P1", 0, OUT, "age", "30-44", 1, "1.000000"),
                        m("P1", 0, OUT, "zone", "C", 1, "1.000000"),
                        m("P1", 1, IN, "age", "30-44", 2, "2.000000"),
                        m("P1", 1, IN, "zone", "A", 1, "1.500000"),
                        m("P1", 1, IN, "zone", "B", 1, "0.500000"),
                        m("P1", 1, OUT, "age", "30-44", 1, "1.000000"),
                        m("P1", 1, OUT, "zone", "C", 1, "1.000000"),
                        m("P1", 2, IN, "age", "30-44", 2, "2.000000"),
                        m("P1", 2, IN, "zone", "A", 1, "1.500000"),
                        m("P1", 2, IN, "zone", "B", 1, "0.500000"));
    }

    @Test
    void leavesOutCellsWhoseParticipantsWereAllTakenAway() {
        assertThat(CumulativeStages.of(counts())).noneMatch(m -> m.category().equals("45-64"));
    }

    @Test
    void aCumulativeStageSumsTheRecordKeysOfEveryoneWhoReachedItOrALaterOne() {
        MarginalCounts counts = new MarginalCounts(List.of("zone", "age"));
        participant(counts.block("P1", 0, IN), "A", "18-29", 1.0, 3_000_000_000L, 1);
        participant(counts.block("P1", 2, IN), "A", "18-29", 1.0, 2_000_000_000L, 1);
        participant(counts.block("P1", 1, IN), "A", "30-44", 1.0, 5L, 1);
        participant(counts.block("P1", 1, IN), "A", "30-44", 1.0, 9L, 1);
        participant(counts.block("P1", 1, IN), "A", "30-44", 1.0, 9L, -1); // a duplicate taken away again
        List<Marginal> zoneA = CumulativeStages.of(counts).stream()
                .filter(m -> m.dimension().equals("zone"))
                .toList();
        // stage 0: all three (3e9 + 2e9 + 5), stage 1: 2e9 + 5, stage 2: 2e9
        assertThat(zoneA).extracting(Marginal::keySum).containsExactly(5_000_000_005L, 2_000_000_005L, 2_000_000_000L);
        // modulo 2^32 = 4 294 967 296
        assertThat(zoneA.get(0).cellKey()).isEqualTo(705_032_709L);
    }
}
