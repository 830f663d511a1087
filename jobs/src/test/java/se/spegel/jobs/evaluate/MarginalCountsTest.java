package se.spegel.jobs.evaluate;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class MarginalCountsTest {
    private static MarginalCounts task(String gender, int heads) {
        MarginalCounts counts = new MarginalCounts(List.of("\u0000total", "gender"));
        MarginalCounts.Block block = counts.block("P1", 1, Marginal.IN_SCOPE);
        for (int i = 0; i < heads; i++) {
            long recordKey = 4_000_000_000L + i;
            block.add(0, "", MarginalCounts.weightMillionths(1.25), recordKey, 1);
            block.add(1, gender, MarginalCounts.weightMillionths(1.25), recordKey, 1);
        }
        counts.block("P2", 0, Marginal.OUTSIDE_AREA).add(1, gender, MarginalCounts.weightMillionths(0.5), 7, 1);
        return counts;
    }

    private static MarginalCounts travelled(MarginalCounts counts) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(counts);
        }
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            return (MarginalCounts) in.readObject();
        }
    }

    @Test
    void cellsThatTravelledFromTasksAddUpAsTheTasksCountedThem() throws Exception {
        MarginalCounts driver = new MarginalCounts(List.of("\u0000total", "gender"));
        driver.merge(travelled(task("kvinna", 3)))
                .merge(travelled(task("man", 2)))
                .merge(travelled(task("kvinna", 1)));
        List<Marginal> stageOne = CumulativeStages.of(driver).stream()
                .filter(m -> m.stageIndex() == 1)
                .toList();
        // record keys: women 4e9, 4e9+1, 4e9+2 and 4e9; men 4e9 and 4e9+1; P2 one of key 7 per task
        assertThat(stageOne)
                .containsExactly(
                        new Marginal(
                                "P1",
                                1,
                                Marginal.IN_SCOPE,
                                "\u0000total",
                                "",
                                6,
                                new BigDecimal("7.500000"),
                                24_000_000_004L),
                        new Marginal(
                                "P1",
                                1,
                                Marginal.IN_SCOPE,
                                "gender",
                                "kvinna",
                                4,
                                new BigDecimal("5.000000"),
                                16_000_000_003L),
                        new Marginal(
                                "P1",
                                1,
                                Marginal.IN_SCOPE,
                                "gender",
                                "man",
                                2,
                                new BigDecimal("2.500000"),
                                8_000_000_001L));
        assertThat(CumulativeStages.of(driver))
                .contains(new Marginal(
                        "P2", 0, Marginal.OUTSIDE_AREA, "gender", "kvinna", 2, new BigDecimal("1.000000"), 14));
        // cell keys modulo 2^32 = 4 294 967 296: 16e9 + 3 - 3 * 2^32 = 3 115 098 115
        assertThat(stageOne.get(1).cellKey()).isEqualTo(3_115_098_115L);
        assertThat(stageOne.get(0).cellKey()).isEqualTo(24_000_000_004L - 5 * 4_294_967_296L);
    }

    @Test
    void aTravelledTableReadsAsTheTableThatWasSent() throws Exception {
        MarginalCounts sent = task("kvinna", 2);
        assertThat(CumulativeStages.of(travelled(sent))).isEqualTo(CumulativeStages.of(sent));
        MarginalCounts received = travelled(sent);
        received.block("P1", 1, Marginal.IN_SCOPE).add(1, "man", 0, 11, 1); // counting on after arrival
        assertThat(CumulativeStages.of(received))
                .hasSize(CumulativeStages.of(sent).size() + 2);
    }
}
