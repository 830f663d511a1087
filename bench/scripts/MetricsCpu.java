import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import se.spegel.jobs.metrics.CategoryCount;
import se.spegel.jobs.metrics.DimensionCounts;
import se.spegel.jobs.metrics.DimensionMetrics;

/**
 * The metric kernels' CPU time over a national run's dimensions, on one thread, so that two jars can be
 * compared on a shared machine (thread CPU time, not wall time). Usage:
 * {@code java -cp jobs/target/spegel-jobs.jar bench/scripts/MetricsCpu.java out/bench/1M-p2000-k290/spegel/metrics/category_gaps.csv [rounds]}
 *
 * <p>Each process × stage × dimension of category_gaps.csv becomes one DimensionCounts: the published n
 * per category (a withheld count, 1–4 or complementary, counts as 2) and pop_count. Rows without a
 * population counterpart are left out. Then DimensionMetrics(0.95).compute runs over all of them,
 * {@code rounds} times (default 3; the first warms the JIT), printing each round's CPU seconds.
 */
public class MetricsCpu {
    public static void main(String[] args) throws Exception {
        List<String> lines = Files.readAllLines(Path.of(args[0]));
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        List<String> header = List.of(lines.get(0).split(","));
        int pid = header.indexOf("process_id"), stage = header.indexOf("stage"), dim = header.indexOf("dimension"),
                cat = header.indexOf("category"), n = header.indexOf("n"), pop = header.indexOf("pop_count");
        Map<String, List<String[]>> groups = new LinkedHashMap<>();
        for (String line : lines.subList(1, lines.size())) {
            String[] c = line.split(",", -1);
            if (c[pop].isEmpty()) {
                continue;
            }
            groups.computeIfAbsent(c[pid] + "|" + c[stage] + "|" + c[dim], k -> new ArrayList<>()).add(c);
        }
        List<DimensionCounts> all = new ArrayList<>();
        for (List<String[]> rows : groups.values()) {
            List<CategoryCount> participants = new ArrayList<>();
            Map<String, Long> population = new LinkedHashMap<>();
            for (String[] c : rows) {
                long heads = c[n].isEmpty() ? 2 : Math.round(Double.parseDouble(c[n]));
                if (heads > 0) {
                    participants.add(new CategoryCount(c[cat], heads, heads));
                }
                population.put(c[cat], Long.parseLong(c[pop]));
            }
            String[] first = rows.get(0);
            all.add(new DimensionCounts(first[pid], "m", first[stage], first[dim], participants, 0, 0, population,
                    "t", null, null));
        }
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        DimensionMetrics metrics = new DimensionMetrics(0.95);
        System.out.printf("%d dimensions, %d category rows%n", all.size(), lines.size() - 1);
        for (int r = 0; r < rounds; r++) {
            long start = threads.getCurrentThreadCpuTime();
            long sink = 0;
            for (DimensionCounts counts : all) {
                sink += metrics.compute(counts).gaps().size();
            }
            System.out.printf("round %d: %.2f CPU s (%d rows)%n", r + 1, (threads.getCurrentThreadCpuTime() - start) / 1e9, sink);
        }
    }
}
