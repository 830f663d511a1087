package se.spegel.bench.generate;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import se.spegel.schema.config.SpegelConfig;

/**
 * Generates a national-scale input set for `spegel evaluate`:
 * <pre>
 * DIR/processes.csv                    2 000 processes in the 290 municipalities
 * DIR/areas.csv                        riket → län → kommun → RegSO → DeSO (~6 000)
 * DIR/population_age_gender.parquet    DeSO × age 0–100 × sex (~1.2 M rows)
 * DIR/population_education.parquet     DeSO × age 25–64 × education level
 * DIR/population_origin.parquet        DeSO × age 0–100 × origin
 * DIR/participants/part-NNNNN.parquet  N participants, ~1 M rows per part file
 * DIR/generated.properties             the parameters, row counts and time taken
 * </pre>
 * Everything is a function of the seed and N. The set is written to DIR.tmp and renamed to
 * DIR when complete, so an interrupted run never leaves a half set that looks whole.
 * Usage: GenerateMain --size 1M --out DIR [--seed 42] [--processes 2000] [--kommuner 290] [--scb DIR] [--threads T]
 * ({@code --kommuner K} keeps the first K municipalities only: a small set for smoke tests.)
 */
public final class GenerateMain {
    /** Bump when the generated data change, so that cached sets are made again. */
    public static final int VERSION = 2;

    static final long ROWS_PER_PART = 1_000_000;

    public static void main(String[] args) throws Exception {
        Map<String, String> options = Options.parse(args);
        long size = Sizes.parse(Options.required(options, "size"));
        Path out = Path.of(Options.required(options, "out"));
        long seed = Long.parseLong(options.getOrDefault("seed", "42"));
        int processes = Integer.parseInt(options.getOrDefault("processes", "2000"));
        int kommuner = Integer.parseInt(options.getOrDefault("kommuner", "290"));
        Path scbDir = Path.of(options.getOrDefault("scb", "../shared/data/scb-kommun-2019"));
        int threads = Integer.parseInt(options.getOrDefault(
                "threads", String.valueOf(Runtime.getRuntime().availableProcessors())));
        generate(size, seed, processes, kommuner, scbDir, out, threads);
    }

    static void generate(long size, long seed, int processCount, int kommunCount, Path scbDir, Path out, int threads)
            throws Exception {
        long start = System.nanoTime();
        Path tmp = out.resolveSibling(out.getFileName() + ".tmp");
        deleteTree(tmp);
        Files.createDirectories(tmp.resolve("participants"));

        List<Kommun> all = Kommuner.all();
        ScbTables scb = ScbTables.read(scbDir, all);
        List<Kommun> kommuner = all.subList(0, Math.min(Math.max(1, kommunCount), all.size()));
        AreaGrid grid = AreaGrid.build(kommuner, scb, seed);
        grid.writeCsv(tmp.resolve("areas.csv"), kommuner, Kommuner.lanNames());
        PopulationGrid population = PopulationGrid.split(scb, grid, kommuner.size());
        long[] populationRows = population.write(
                tmp.resolve("population_age_gender.parquet"),
                tmp.resolve("population_education.parquet"),
                tmp.resolve("population_origin.parquet"));
        double populationSeconds = (System.nanoTime() - start) / 1e9;
        System.out.printf(
                "  %d DeSO in %d municipalities; population %,d + %,d + %,d rows in %.1f s%n",
                grid.desos().size(),
                kommuner.size(),
                populationRows[0],
                populationRows[1],
                populationRows[2],
                populationSeconds);

        List<PlannedProcess> plan = ProcessPlan.plan(kommuner, scb, processCount, size, seed, SpegelConfig.defaults());
        ProcessPlan.writeCsv(tmp.resolve("processes.csv"), plan);
        long participantsStart = System.nanoTime();
        long rows = writeParticipants(
                new ParticipantGenerator(grid, population, scb, seed), plan, tmp.resolve("participants"), threads);
        double participantSeconds = (System.nanoTime() - participantsStart) / 1e9;
        System.out.printf(
                "  %,d participants of %d processes in %.1f s (%,.0f rows/s)%n",
                rows, plan.size(), participantSeconds, rows / participantSeconds);

        String properties = String.join(
                        "\n",
                        "generator_version=" + VERSION,
                        "seed=" + seed,
                        "participants=" + rows,
                        "processes=" + plan.size(),
                        "kommuner=" + kommuner.size(),
                        "deso=" + grid.desos().size(),
                        "population_age_gender_rows=" + populationRows[0],
                        "population_education_rows=" + populationRows[1],
                        "population_origin_rows=" + populationRows[2],
                        String.format("population_seconds=%.1f", populationSeconds),
                        String.format("participant_seconds=%.1f", participantSeconds),
                        String.format("total_seconds=%.1f", (System.nanoTime() - start) / 1e9))
                + "\n";
        Files.writeString(tmp.resolve("generated.properties"), properties, StandardCharsets.UTF_8);
        deleteTree(out);
        Files.move(tmp, out);
    }

    /** Parts of about ROWS_PER_PART rows of whole processes, written by a pool of threads. */
    private static long writeParticipants(
            ParticipantGenerator generator, List<PlannedProcess> plan, Path dir, int threads) throws Exception {
        List<List<PlannedProcess>> parts = new ArrayList<>();
        List<PlannedProcess> current = new ArrayList<>();
        long rows = 0;
        for (PlannedProcess p : plan) {
            current.add(p);
            rows += p.participants();
            if (rows >= ROWS_PER_PART) {
                parts.add(current);
                current = new ArrayList<>();
                rows = 0;
            }
        }
        if (!current.isEmpty() || parts.isEmpty()) {
            parts.add(current);
        }
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, threads));
        try {
            List<Future<Long>> written = new ArrayList<>();
            for (int i = 0; i < parts.size(); i++) {
                Path file = dir.resolve(String.format("part-%05d.parquet", i));
                List<PlannedProcess> part = parts.get(i);
                written.add(pool.submit(() -> generator.writePart(file, part)));
            }
            long total = 0;
            for (Future<Long> f : written) {
                total += f.get();
            }
            return total;
        } finally {
            pool.shutdown();
        }
    }

    static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.delete(p);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }
}
