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
import se.spegel.schema.config.SpegelConfig;
import se.spegel.schema.output.CategoryGap;
import se.spegel.schema.output.DimensionSummary;

/**
 * What the protection costs: generated open meetings of 40, 200 and 3 000 people
 * ({@link SyntheticProcesses}) evaluated with disclosure control on and off, and per plain
 * dimension (age, gender, education, origin, district) how far D, the verdict and the gaps
 * move. Prints the table README shows ({@code mvn -pl jobs -Dtest=ProtectionCostTest test}).
 */
class ProtectionCostTest {
    private static final int SEEDS = 8;
    private static final List<String> PLAIN = List.of("age", "gender", "education", "origin", "district");

    @TempDir
    Path dir;

    /** Sums over every (seed, dimension) of one size. */
    private static final class Cost {
        int dimensions;
        double absDeltaD;
        double maxDeltaD;
        int verdictsChanged;
        int verdicts;
        int categories;
        int withheld;
        double absDeltaGap;
        int gapsCompared;
    }

    @Test
    void protectionMovesDLessThePeopleThereAre() throws IOException {
        SpegelConfig on = SpegelConfig.defaults();
        SpegelConfig off = on.with("spegel.disclosure.enabled", "false");
        StringBuilder table = new StringBuilder(
                "| n | mean abs change of D | largest | verdicts changed | categories withheld | mean abs change of gap (pp) |\n"
                        + "|---:|---:|---:|---:|---:|---:|\n");
        Map<Integer, Cost> costs = new HashMap<>();
        for (int n : new int[] {40, 200, 3000}) {
            Cost cost = new Cost();
            for (int seed = 1; seed <= SEEDS; seed++) {
                Path run = dir.resolve(n + "-" + seed);
                var inputs = SyntheticProcesses.write(run.resolve("in"), 1000L * n + seed, 0, n);
                var published = DriverSideEvaluation.evaluate(on, inputs, run.resolve("on"))
                        .tables();
                var internal = DriverSideEvaluation.evaluate(off, inputs, run.resolve("off"))
                        .tables();
                compare(
                        cost,
                        published.dimensionSummaries(),
                        internal.dimensionSummaries(),
                        published.categoryGaps(),
                        internal.categoryGaps());
            }
            costs.put(n, cost);
            table.append(String.format(
                    java.util.Locale.ROOT,
                    "| %d | %.4f | %.4f | %d of %d | %.1f %% | %.2f |%n",
                    n,
                    cost.absDeltaD / cost.dimensions,
                    cost.maxDeltaD,
                    cost.verdictsChanged,
                    cost.verdicts,
                    100.0 * cost.withheld / cost.categories,
                    cost.absDeltaGap / cost.gapsCompared));
        }
        System.out.print(table);
        double at40 = costs.get(40).absDeltaD / costs.get(40).dimensions;
        double at3000 = costs.get(3000).absDeltaD / costs.get(3000).dimensions;
        assertThat(at3000).isLessThan(at40 / 5);
        // a noise of at most 4 per cell over 3 000 people: D moves by well under a percentage point
        assertThat(costs.get(3000).maxDeltaD).isLessThan(0.01);
    }

    private static void compare(
            Cost cost,
            List<DimensionSummary> on,
            List<DimensionSummary> off,
            List<CategoryGap> gapsOn,
            List<CategoryGap> gapsOff) {
        for (DimensionSummary published : on) {
            if (!PLAIN.contains(published.dimension()) || published.dissimilarity() == null) {
                continue;
            }
            DimensionSummary internal =
                    off.stream().filter(d -> same(d, published)).findFirst().orElseThrow();
            double delta = Math.abs(published.dissimilarity() - internal.dissimilarity());
            cost.dimensions++;
            cost.absDeltaD += delta;
            cost.maxDeltaD = Math.max(cost.maxDeltaD, delta);
            String verdictOn =
                    published.chance() == null ? null : published.chance().verdict();
            String verdictOff =
                    internal.chance() == null ? null : internal.chance().verdict();
            if (verdictOff != null) {
                cost.verdicts++;
                cost.verdictsChanged += verdictOff.equals(verdictOn) ? 0 : 1;
            }
        }
        for (CategoryGap published : gapsOn) {
            if (!PLAIN.contains(published.dimension()) || published.popShare() == null) {
                continue;
            }
            cost.categories++;
            if (Boolean.TRUE.equals(published.suppressed())) {
                cost.withheld++;
                continue;
            }
            gapsOff.stream()
                    .filter(g -> g.stage().equals(published.stage())
                            && g.dimension().equals(published.dimension())
                            && g.category().equals(published.category())
                            && g.gapPp() != null
                            && published.gapPp() != null)
                    .findFirst()
                    .ifPresent(g -> {
                        cost.absDeltaGap += Math.abs(g.gapPp() - published.gapPp());
                        cost.gapsCompared++;
                    });
        }
    }

    private static boolean same(DimensionSummary a, DimensionSummary b) {
        return a.processId().equals(b.processId())
                && a.stage().equals(b.stage())
                && a.dimension().equals(b.dimension());
    }
}
