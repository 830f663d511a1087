package se.spegel.bench.generate;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import se.spegel.bench.generate.AreaGrid.Deso;

/**
 * The population at small-area level, in the long form of Spegel's population contract:
 * every DeSO × single year of age 0–100 × sex (about 1.2 M rows), split from the real
 * municipal SCB counts so that each municipality's totals are SCB's exactly; education
 * (ages 25–64 × four levels) and origin (ages 0–100 × three backgrounds) split each DeSO's
 * age counts further. Zero counts are kept, as SCB's tables keep them.
 */
final class PopulationGrid {
    static final int PERIOD = 2019;
    static final String[] GENDERS = {"män", "kvinnor"}; // SCB's spelling; conf maps them to man/kvinna
    static final int EDUCATION_MIN_AGE = 25;
    static final int EDUCATION_MAX_AGE = 64;

    private final ScbTables scb;
    private final AreaGrid grid;
    /** [deso][age][gender] */
    private final long[][][] counts;

    private PopulationGrid(ScbTables scb, AreaGrid grid) {
        this.scb = scb;
        this.grid = grid;
        this.counts = new long[grid.desos().size()][ScbTables.MAX_AGE + 1][2];
    }

    static PopulationGrid split(ScbTables scb, AreaGrid grid, int kommuner) {
        PopulationGrid population = new PopulationGrid(scb, grid);
        for (int k = 0; k < kommuner; k++) {
            List<Deso> desos = grid.inKommun(k);
            double[] weights = new double[desos.size()];
            for (int age = 0; age <= ScbTables.MAX_AGE; age++) {
                for (int i = 0; i < weights.length; i++) {
                    Deso d = desos.get(i);
                    weights[i] = d.size() * Math.exp(d.ageTilt() * (age - 40) / 40.0);
                }
                for (int g = 0; g < 2; g++) {
                    long[] parts = LargestRemainder.split(scb.ageGender[k][age][g], weights);
                    for (int i = 0; i < parts.length; i++) {
                        population.counts[desos.get(i).index()][age][g] = parts[i];
                    }
                }
            }
        }
        return population;
    }

    long residents(int deso, int age) {
        return counts[deso][age][0] + counts[deso][age][1];
    }

    long residents(int deso) {
        long sum = 0;
        for (int age = 0; age <= ScbTables.MAX_AGE; age++) {
            sum += residents(deso, age);
        }
        return sum;
    }

    /** Returns the rows written per table: age × gender, education, origin. */
    long[] write(Path ageGender, Path education, Path origin) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(3);
        try {
            Future<Long> a = pool.submit(() -> writeAgeGender(ageGender));
            Future<Long> e = pool.submit(() -> writeEducation(education));
            Future<Long> o = pool.submit(() -> writeOrigin(origin));
            return new long[] {a.get(), e.get(), o.get()};
        } finally {
            pool.shutdown();
        }
    }

    private long writeAgeGender(Path file) throws IOException {
        return writeTable(file, "gender", 0, ScbTables.MAX_AGE, GENDERS, (d, age) -> counts[d.index()][age]);
    }

    private long writeEducation(Path file) throws IOException {
        return writeTable(file, "education", EDUCATION_MIN_AGE, EDUCATION_MAX_AGE, Vocabulary.EDUCATION, (d, age) -> {
            double[] shares = scb.educationShares[d.kommun()][(age - EDUCATION_MIN_AGE) / 10];
            double[] weights = new double[shares.length];
            for (int l = 0; l < weights.length; l++) {
                weights[l] = shares[l] * Math.exp(d.educationTilt() * (l - 1.5));
            }
            return LargestRemainder.split(residents(d.index(), age), weights);
        });
    }

    private long writeOrigin(Path file) throws IOException {
        return writeTable(
                file,
                "origin",
                0,
                ScbTables.MAX_AGE,
                Vocabulary.ORIGIN,
                (d, age) -> LargestRemainder.split(
                        residents(d.index(), age),
                        originShares(scb.bornAbroad[d.kommun()] * Math.exp(d.originTilt()), age)));
    }

    /** The residents of a DeSO at an age, per category of a table. */
    private interface CategoryCounts {
        long[] of(Deso deso, int age);
    }

    /** One table: DeSO × single year of age × category, zero counts kept; returns the rows written. */
    private long writeTable(
            Path file, String column, int minAge, int maxAge, String[] categories, CategoryCounts counts)
            throws IOException {
        long rows = 0;
        try (ParquetRows out = new ParquetRows(file, schema(column))) {
            for (Deso d : grid.desos()) {
                for (int age = minAge; age <= maxAge; age++) {
                    long[] parts = counts.of(d, age);
                    for (int c = 0; c < categories.length; c++) {
                        out.write(PERIOD, d.binaryCode(), age, Vocabulary.binary(categories[c]), parts[c]);
                        rows++;
                    }
                }
            }
        }
        return rows;
    }

    /**
     * Shares of Swedish background, born in Sweden to foreign-born parents, and born abroad at
     * an age, given the local share born abroad among the young (what SCB's table gives):
     * fewer children are born abroad, more adults of working age; second generation is young.
     */
    static double[] originShares(double bornAbroadYoung, int age) {
        double abroadFactor =
                age < 6 ? 0.3 : age < 12 ? 0.6 : age <= 25 ? 1.0 : age <= 45 ? 1.3 : age <= 64 ? 1.0 : 0.55;
        double secondGenFactor = age <= 25 ? 0.8 : age <= 45 ? 0.5 : 0.2;
        double abroad = Math.min(0.6, bornAbroadYoung * abroadFactor);
        double secondGen = Math.min(0.3, bornAbroadYoung * secondGenFactor);
        return new double[] {1 - abroad - secondGen, secondGen, abroad};
    }

    private static String schema(String dimension) {
        return "message population { required int32 period; required binary area_code (STRING); required int32 age; "
                + "required binary " + dimension + " (STRING); required int64 count; }";
    }
}
