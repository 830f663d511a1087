package se.spegel.bench.generate;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * The real SCB municipal tables of 2019 (../shared/data/scb-kommun-2019, see its
 * PROVENANCE.md) that the synthetic small-area grid is split from: population by single year
 * of age and sex, educational attainment by age band, and the share born abroad.
 */
final class ScbTables {
    static final int MAX_AGE = 100; // SCB's "100" means 100 and older
    static final int EDUCATION_LEVELS = 4;
    /** Education bands of SCB's table that fall into the 25–64 universe: 25-34, 35-44, 45-54, 55-64. */
    static final int EDUCATION_BANDS = 4;

    /** [kommun][age 0..100][0 = men, 1 = women] */
    final long[][][] ageGender;
    /** [kommun][band 25-34 .. 55-64][level] shares of the four canonical education levels */
    final double[][][] educationShares;
    /** [kommun] share born abroad among those aged 12–25 (the only ages SCB's table gives) */
    final double[] bornAbroad;

    private ScbTables(int kommuner) {
        ageGender = new long[kommuner][MAX_AGE + 1][2];
        educationShares = new double[kommuner][EDUCATION_BANDS][EDUCATION_LEVELS];
        bornAbroad = new double[kommuner];
    }

    static ScbTables read(Path dir, List<Kommun> kommuner) {
        Map<String, Integer> index = new HashMap<>();
        kommuner.forEach(k -> index.put(k.name(), k.index()));
        ScbTables t = new ScbTables(kommuner.size());
        each(
                dir.resolve("SCB_alderkon.csv"),
                r -> t.ageGender[kommun(index, r)][Integer.parseInt(r.get(1))][gender(r.get(2))] +=
                        Long.parseLong(r.get(3)));
        each(dir.resolve("SCB_utbildningsniva.csv"), r -> {
            int band = educationBand(r.get(2));
            int level = educationLevel(r.get(1));
            if (band >= 0 && level >= 0) {
                t.educationShares[kommun(index, r)][band][level] += Long.parseLong(r.get(4));
            }
        });
        long[][] origin = new long[kommuner.size()][2];
        each(
                dir.resolve("SCB_inrikesvsutrikesfodda.csv"),
                r -> origin[kommun(index, r)][r.get(3).startsWith("Utrikes") ? 1 : 0] += Long.parseLong(r.get(4)));
        for (int k = 0; k < kommuner.size(); k++) {
            t.bornAbroad[k] = origin[k][1] / (double) Math.max(1, origin[k][0] + origin[k][1]);
            for (double[] levels : t.educationShares[k]) {
                normalise(levels);
            }
        }
        return t;
    }

    long total(int kommun) {
        long sum = 0;
        for (long[] byGender : ageGender[kommun]) {
            sum += byGender[0] + byGender[1];
        }
        return sum;
    }

    private static int kommun(Map<String, Integer> index, CSVRecord r) {
        Integer k = index.get(r.get(0));
        if (k == null) {
            throw new IllegalArgumentException("SCB table names an unknown municipality: " + r.get(0));
        }
        return k;
    }

    private static int gender(String text) {
        return text.equals("kvinnor") ? 1 : 0;
    }

    /** "25-34 år" → 0 … "55-64 år" → 3; other bands lie outside the 25–64 universe (-1). */
    private static int educationBand(String text) {
        int low = Integer.parseInt(text.substring(0, 2));
        return low >= 25 && low <= 55 ? (low - 25) / 10 : -1;
    }

    /** SCB's eight SUN levels folded into conf's four; "uppgift saknas" is left out (-1). */
    static int educationLevel(String text) {
        if (text.startsWith("förgymnasial")) {
            return 0;
        }
        if (text.startsWith("gymnasial")) {
            return 1;
        }
        if (text.contains("mindre än 3 år")) {
            return 2;
        }
        return text.startsWith("eftergymnasial") || text.startsWith("forskarutbildning") ? 3 : -1;
    }

    private static void normalise(double[] values) {
        double sum = 0;
        for (double v : values) {
            sum += v;
        }
        for (int i = 0; i < values.length; i++) {
            values[i] = sum > 0 ? values[i] / sum : 1.0 / values.length;
        }
    }

    private static void each(Path file, Consumer<CSVRecord> action) {
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            CSVFormat.DEFAULT
                    .builder()
                    .setHeader()
                    .setSkipHeaderRecord(true)
                    .get()
                    .parse(in)
                    .forEach(action);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }
}
