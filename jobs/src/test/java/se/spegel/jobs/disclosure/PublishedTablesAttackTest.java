package se.spegel.jobs.disclosure;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.spegel.jobs.evaluate.DriverSideEvaluation;
import se.spegel.jobs.evaluate.Marginal;
import se.spegel.schema.config.SpegelConfig;

/**
 * The attacker of {@link PublishedTablesAttack} against generated dialogues of 20 to 200 people
 * (an assembly's four-stage funnel and an open meeting per seed, {@link SyntheticProcesses}):
 * of the counts from 1 to 4 that the published files speak of, none may be determined, and
 * no published figure may contradict the method as described (the attacker's intervals
 * always hold the true count). Run with {@code -Dspegel.attack.model=suppression} against a
 * build with plain suppression to measure what it recovers there.
 */
class PublishedTablesAttackTest {
    private static final int SEEDS = 40;
    private static final int K = 5;
    private static final List<String> FUNNEL = List.of("invited", "responded", "selected", "attended");

    @TempDir
    Path dir;

    @Test
    void noProtectedCountIsDeterminedFromThePublishedTablesOfManyGeneratedProcesses() throws IOException {
        AttackModel model = "suppression".equals(System.getProperty("spegel.attack.model"))
                ? AttackModel.suppression(K)
                : AttackModel.cellKey(K, PerturbationTable.MAX_NOISE);
        int protectedCounts = 0;
        int determined = 0;
        int narrowed = 0;
        int contradicted = 0;
        int inconsistent = 0;
        for (int seed = 1; seed <= SEEDS; seed++) {
            int assembly = 20 + (seed * 37) % 181;
            int meeting = 20 + (seed * 53) % 181;
            Path run = dir.resolve("seed-" + seed);
            DriverSideEvaluation.Result result = DriverSideEvaluation.evaluate(
                    SpegelConfig.defaults(), SyntheticProcesses.write(run.resolve("in"), seed, assembly, meeting), run);
            PublishedTablesAttack attack = new PublishedTablesAttack(model);
            Map<String, long[]> found = attack.attack(run.resolve("metrics"));
            inconsistent += attack.consistent() ? 0 : 1;
            for (Map.Entry<String, Long> truth : truth(result.trueCells()).entrySet()) {
                long[] interval = found.get(truth.getKey());
                if (interval == null) {
                    continue; // not in any published file
                }
                long t = truth.getValue();
                if (t < interval[0] || t > interval[1]) {
                    contradicted++;
                }
                if (t >= 1 && t < K) {
                    protectedCounts++;
                    // an attacker whose constraints contradict each other knows its assumptions failed: no claim
                    if (attack.consistent() && interval[0] == t && interval[1] == t) {
                        determined++;
                    } else if (interval[1] - interval[0] < K - 2) {
                        narrowed++;
                    }
                }
            }
        }
        System.out.printf(
                "attack (%s) on %d seeds: %d protected counts, %d determined, %d narrowed, %d contradicted,"
                        + " %d seeds inconsistent%n",
                model.perturbed() ? "cell key" : "suppression",
                SEEDS,
                protectedCounts,
                determined,
                narrowed,
                contradicted,
                inconsistent);
        assertThat(protectedCounts).isGreaterThan(500);
        if (model.perturbed()) {
            assertThat(determined).isZero();
            assertThat(contradicted).isZero();
            assertThat(inconsistent).isZero();
        }
    }

    /** The true count behind every key the attack uses, from the cells before perturbation. */
    private static Map<String, Long> truth(List<Marginal> cells) {
        Map<String, Long> truth = new HashMap<>();
        for (Marginal m : cells) {
            String stage = m.processId().equals("rad") ? FUNNEL.get(m.stageIndex()) : "attended";
            if (m.dimension().equals(Marginal.TOTAL)) {
                String status = switch (m.status()) {
                    case Marginal.IN_SCOPE -> "#in";
                    case Marginal.OUTSIDE_AREA -> "#outA";
                    default -> "#outE";
                };
                truth.merge(PublishedTablesAttack.key(m.processId(), stage, status), m.heads(), Long::sum);
                truth.merge(PublishedTablesAttack.key(m.processId(), stage, "#total"), m.heads(), Long::sum);
            } else if (m.status().equals(Marginal.IN_SCOPE)) {
                String category = switch (m.category()) {
                    case Marginal.MISSING -> "#missing";
                    case Marginal.OUTSIDE_UNIVERSE -> "#outside";
                    default -> m.category();
                };
                truth.merge(
                        PublishedTablesAttack.key(m.processId(), stage, m.dimension(), category), m.heads(), Long::sum);
            }
        }
        return truth;
    }
}
