package se.spegel.bench.generate;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.distribution.ZigguratSampler;
import org.apache.commons.rng.simple.RandomSource;
import org.apache.parquet.io.api.Binary;

/**
 * Synthetic small areas under the real municipalities: DeSO-like areas (code = kommun code,
 * a letter A/B/C for rural/mixed/urban and four digits, e.g. 0180C0231) of about 1 700
 * residents each, grouped one to three into RegSO-like districts (0180R023), as SCB's DeSO
 * and RegSO are. Each DeSO gets a size and a tilt towards young or old residents, higher
 * or lower education, and more or fewer residents of foreign origin, so that districts differ.
 */
final class AreaGrid {
    static final double RESIDENTS_PER_DESO = 1_720; // 10.3 M residents / ~6 000 DeSO
    static final int MIN_DESO_PER_KOMMUN = 3;

    record Deso(
            int index,
            String code,
            int kommun,
            String regso,
            double size,
            double ageTilt,
            double educationTilt,
            double originTilt,
            Binary binaryCode) {
        Deso(
                int index,
                String code,
                int kommun,
                String regso,
                double size,
                double ageTilt,
                double educationTilt,
                double originTilt) {
            this(index, code, kommun, regso, size, ageTilt, educationTilt, originTilt, Vocabulary.constantBinary(code));
        }
    }

    private final List<Deso> desos = new ArrayList<>();
    private final List<List<Deso>> byKommun = new ArrayList<>();

    static AreaGrid build(List<Kommun> kommuner, ScbTables scb, long seed) {
        UniformRandomProvider rng = RandomSource.SPLIT_MIX_64.create(seed);
        ZigguratSampler.NormalizedGaussian gauss = ZigguratSampler.NormalizedGaussian.of(rng);
        AreaGrid grid = new AreaGrid();
        for (Kommun k : kommuner) {
            int count = (int) Math.max(MIN_DESO_PER_KOMMUN, Math.round(scb.total(k.index()) / RESIDENTS_PER_DESO));
            List<Deso> inKommun = new ArrayList<>(count);
            int regso = 0;
            int leftInRegso = 0;
            for (int i = 0; i < count; i++) {
                if (leftInRegso == 0) {
                    regso++;
                    double u = rng.nextDouble();
                    leftInRegso = u < 0.4 ? 1 : u < 0.8 ? 2 : 3;
                }
                leftInRegso--;
                int withinRegso =
                        inKommun.isEmpty() || !inKommun.get(i - 1).regso().equals(regsoCode(k, regso))
                                ? 1
                                : Integer.parseInt(inKommun.get(i - 1).code().substring(8)) + 1;
                char letter = i < count * 0.15 ? 'A' : i < count * 0.35 ? 'B' : 'C';
                String code = String.format("%s%c%03d%d", k.code(), letter, regso, withinRegso);
                Deso deso = new Deso(
                        grid.desos.size(),
                        code,
                        k.index(),
                        regsoCode(k, regso),
                        Math.exp(0.35 * gauss.sample()),
                        0.35 * gauss.sample(),
                        0.5 * gauss.sample(),
                        0.6 * gauss.sample());
                grid.desos.add(deso);
                inKommun.add(deso);
            }
            grid.byKommun.add(inKommun);
        }
        return grid;
    }

    private static String regsoCode(Kommun k, int regso) {
        return String.format("%sR%03d", k.code(), regso);
    }

    List<Deso> desos() {
        return desos;
    }

    List<Deso> inKommun(int kommun) {
        return byKommun.get(kommun);
    }

    /** areas.csv: riket → län → kommun → RegSO → DeSO, as Spegel's areas contract reads it. */
    void writeCsv(Path file, List<Kommun> kommuner, Map<String, String> lanNames) throws IOException {
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
                CSVPrinter csv = new CSVPrinter(
                        out,
                        CSVFormat.DEFAULT.builder().setRecordSeparator('\n').get())) {
            csv.printRecord("area_code", "parent_code", "level", "name");
            csv.printRecord("SE", "", "riket", "Sverige");
            for (Map.Entry<String, String> lan : lanNames.entrySet()) {
                csv.printRecord(lan.getKey(), "SE", "lan", lan.getValue());
            }
            for (Kommun k : kommuner) {
                csv.printRecord(k.code(), k.lanCode(), "kommun", k.name());
                String regso = null;
                for (Deso d : inKommun(k.index())) {
                    if (!d.regso().equals(regso)) {
                        regso = d.regso();
                        csv.printRecord(
                                regso, k.code(), "regso", k.name() + " område " + Integer.parseInt(regso.substring(5)));
                    }
                    csv.printRecord(
                            d.code(), regso, "deso", k.name() + " " + d.code().substring(4));
                }
            }
        }
    }
}
