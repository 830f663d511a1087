package se.spegel.bench.generate;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.distribution.ZigguratSampler;
import org.apache.commons.rng.simple.RandomSource;
import se.spegel.schema.Method;
import se.spegel.schema.config.SpegelConfig;

/**
 * The dialogue processes of a national evaluation: every municipality runs at least one, the
 * rest go to municipalities in proportion to their population; half are open meetings, 30 %
 * participatory budgets (some for young people only), 20 % citizens' assemblies with the
 * full funnel. Process sizes vary (log-normal); all participant rows add up to exactly N.
 */
final class ProcessPlan {
    private static final String[] TOPICS = {
        "översiktsplanen",
        "centrum",
        "skolan",
        "klimatet",
        "trafiken",
        "parken",
        "biblioteket",
        "äldreomsorgen",
        "idrottshallen",
        "cykelvägarna"
    };

    private ProcessPlan() {}

    static List<PlannedProcess> plan(
            List<Kommun> kommuner, ScbTables scb, int processCount, long participants, long seed, SpegelConfig config) {
        UniformRandomProvider rng = RandomSource.SPLIT_MIX_64.create(seed);
        ZigguratSampler.NormalizedGaussian gauss = ZigguratSampler.NormalizedGaussian.of(rng);
        long[] perKommun = processesPerKommun(kommuner, scb, processCount);
        List<PlannedProcess> draft = new ArrayList<>();
        List<Double> weights = new ArrayList<>();
        for (Kommun k : kommuner) {
            for (int i = 1; i <= perKommun[k.index()]; i++) {
                double u = rng.nextDouble();
                Method method = u < 0.5
                        ? Method.OPEN_MEETING
                        : u < 0.8 ? Method.PARTICIPATORY_BUDGET : Method.CITIZENS_ASSEMBLY;
                draft.add(process(draft.size(), k, i, method, rng, config));
                double methodSize = switch (method) {
                    case OPEN_MEETING -> 0.6;
                    case PARTICIPATORY_BUDGET -> 1.5;
                    default -> 1.2; // an assembly's rows are mostly invitations
                };
                weights.add(methodSize * Math.exp(0.8 * gauss.sample()));
            }
        }
        long[] sizes = LargestRemainder.split(
                participants, weights.stream().mapToDouble(Double::doubleValue).toArray());
        List<PlannedProcess> plan = new ArrayList<>(draft.size());
        for (PlannedProcess p : draft) {
            plan.add(new PlannedProcess(
                    p.index(),
                    p.id(),
                    p.name(),
                    p.method(),
                    p.kommun(),
                    p.minAge(),
                    p.maxAge(),
                    p.startDate(),
                    p.endDate(),
                    p.stagesColumn(),
                    p.stages(),
                    sizes[p.index()]));
        }
        return plan;
    }

    private static long[] processesPerKommun(List<Kommun> kommuner, ScbTables scb, int processCount) {
        double[] population =
                kommuner.stream().mapToDouble(k -> scb.total(k.index())).toArray();
        long[] extra = LargestRemainder.split(Math.max(0, processCount - kommuner.size()), population);
        for (int k = 0; k < extra.length; k++) {
            extra[k] += 1;
        }
        return extra;
    }

    private static PlannedProcess process(
            int index, Kommun k, int number, Method method, UniformRandomProvider rng, SpegelConfig config) {
        String topic = TOPICS[rng.nextInt(TOPICS.length)];
        LocalDate start = LocalDate.of(2020, 1, 1).plusDays(rng.nextInt(700));
        Integer minAge = 16;
        Integer maxAge = null;
        String name;
        String stagesColumn = "";
        String code;
        LocalDate end;
        switch (method) {
            case OPEN_MEETING -> {
                code = "om";
                name = "Öppet möte om " + topic + ", " + k.name();
                minAge = rng.nextBoolean() ? 16 : null;
                end = start;
            }
            case PARTICIPATORY_BUDGET -> {
                code = "mb";
                boolean youth = rng.nextDouble() < 0.2;
                name = (youth ? "Ungdomsbudget " : "Medborgarbudget ") + start.getYear() + ", " + k.name();
                minAge = youth ? 13 : rng.nextDouble() < 0.15 ? 12 : 16;
                maxAge = youth ? 25 : null;
                end = start.plusDays(30 + rng.nextInt(60));
            }
            default -> {
                code = "mr";
                name = "Medborgarråd om " + topic + ", " + k.name();
                stagesColumn = rng.nextBoolean() ? String.join(">", config.stagesOf(method)) : "";
                end = start.plusDays(60 + rng.nextInt(90));
            }
        }
        String id = String.format("%s-%s-%03d", k.code(), code, number);
        return new PlannedProcess(
                index,
                id,
                name,
                method,
                k,
                minAge,
                maxAge,
                start.toString(),
                end.toString(),
                stagesColumn,
                config.stagesOf(method),
                0);
    }

    static void writeCsv(Path file, List<PlannedProcess> plan) throws IOException {
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
                CSVPrinter csv = new CSVPrinter(
                        out,
                        CSVFormat.DEFAULT.builder().setRecordSeparator('\n').get())) {
            csv.printRecord(
                    "process_id",
                    "name",
                    "method",
                    "area_code",
                    "period",
                    "min_age",
                    "max_age",
                    "start_date",
                    "end_date",
                    "stages");
            for (PlannedProcess p : plan) {
                csv.printRecord(
                        p.id(),
                        p.name(),
                        p.method().code(),
                        p.kommun().code(),
                        PopulationGrid.PERIOD,
                        p.minAge() == null ? "" : p.minAge(),
                        p.maxAge() == null ? "" : p.maxAge(),
                        p.startDate(),
                        p.endDate(),
                        p.stagesColumn());
            }
        }
    }
}
