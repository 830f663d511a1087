package se.spegel.bench.generate;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.distribution.AliasMethodDiscreteSampler;
import org.apache.commons.rng.sampling.distribution.DiscreteSampler;
import org.apache.commons.rng.simple.RandomSource;
import org.apache.parquet.io.api.Binary;
import se.spegel.bench.generate.AreaGrid.Deso;
import se.spegel.schema.Method;

/**
 * Participant rows of one process, drawn from the residents of its municipality with the
 * biases each method is known for: open meetings draw older, more educated, Swedish-background
 * residents; participatory budgets younger ones; a citizens' assembly invites at random and
 * loses representativeness in the funnel (the educated and the old respond more). Some
 * answers are missing, some people live elsewhere or are too young, as in real lists.
 * Each process has its own seeded stream, so the rows do not depend on how processes are
 * split into files or threads.
 */
record ParticipantGenerator(AreaGrid grid, PopulationGrid population, ScbTables scb, long seed) {
    static final String SCHEMA = "message participant { required binary process_id (STRING); "
            + "required binary person_id (STRING); optional binary stage (STRING); optional int32 age; "
            + "optional binary gender (STRING); optional binary education (STRING); optional binary origin (STRING); "
            + "optional binary area_code (STRING); }";
    private static final double MISSING_AGE = 0.015;
    private static final double INELIGIBLE_AGE = 0.005;
    private static final double NO_AREA = 0.02;
    private static final double ELSEWHERE = 0.015;

    /** Writes the processes' participants to one Parquet file; returns the rows written. */
    long writePart(Path file, List<PlannedProcess> processes) throws IOException {
        long rows = 0;
        try (ParquetRows out = new ParquetRows(file, SCHEMA, "person_id")) {
            for (PlannedProcess p : processes) {
                new OneProcess(p).write(out);
                rows += p.participants();
            }
        }
        return rows;
    }

    private final class OneProcess {
        private final PlannedProcess process;
        private final UniformRandomProvider rng;
        private final List<Deso> desos;
        private final DiscreteSampler deso;
        private final DiscreteSampler age;
        private final Binary processId;
        private final double women;
        private final double[] education;
        private final double abroad;
        private final double secondGeneration;

        OneProcess(PlannedProcess process) {
            this.process = process;
            this.rng = RandomSource.SPLIT_MIX_64.create(seed * 1_000_003L + process.index());
            this.desos = grid.inKommun(process.kommun().index());
            this.deso = AliasMethodDiscreteSampler.of(
                    rng,
                    desos.stream()
                            .mapToDouble(d -> population.residents(d.index()))
                            .toArray());
            this.age = AliasMethodDiscreteSampler.of(rng, ageWeights());
            this.processId = Vocabulary.constantBinary(process.id());
            double young = scb.bornAbroad[process.kommun().index()];
            switch (process.method()) {
                case OPEN_MEETING -> {
                    women = 0.57;
                    education = new double[] {0.07, 0.33, 0.2, 0.4};
                    abroad = 0.5 * young;
                }
                case PARTICIPATORY_BUDGET -> {
                    women = 0.53;
                    education = new double[] {0.12, 0.42, 0.17, 0.29};
                    abroad = 0.9 * young;
                }
                default -> {
                    women = 0.5;
                    education = new double[] {0.11, 0.43, 0.16, 0.30};
                    abroad = young;
                }
            }
            secondGeneration = 0.6 * abroad;
        }

        /** The municipality's residents by age, within the eligible ages, tilted by method. */
        private double[] ageWeights() {
            double[] weights = new double[ScbTables.MAX_AGE + 1];
            for (Deso d : desos) {
                for (int a = 0; a <= ScbTables.MAX_AGE; a++) {
                    weights[a] += population.residents(d.index(), a);
                }
            }
            for (int a = 0; a <= ScbTables.MAX_AGE; a++) {
                boolean eligible = (process.minAge() == null || a >= process.minAge())
                        && (process.maxAge() == null || a <= process.maxAge());
                double tilt = switch (process.method()) {
                    case OPEN_MEETING -> a < 16 ? 0.1 : 0.5 + Math.min(a, 80) / 50.0;
                    case PARTICIPATORY_BUDGET -> a < 30 ? 1.5 : 1.0;
                    default -> 1.0;
                };
                weights[a] = eligible ? weights[a] * tilt : 0;
            }
            return weights;
        }

        void write(ParquetRows out) throws IOException {
            byte[] person = new byte[9];
            person[0] = 'p';
            for (long i = 0; i < process.participants(); i++) {
                writePersonId(person, i);
                Integer a = age();
                int educationLevel = pick(education);
                out.write(
                        processId,
                        Binary.fromConstantByteArray(person.clone()),
                        stage(a, educationLevel),
                        a,
                        gender(),
                        answer("education", Vocabulary.EDUCATION[educationLevel], 0.04),
                        answer("origin", origin(), 0.03),
                        area());
            }
        }

        private Integer age() {
            double u = rng.nextDouble();
            if (u < MISSING_AGE) {
                return null;
            }
            if (u < MISSING_AGE + INELIGIBLE_AGE && (process.minAge() != null || process.maxAge() != null)) {
                return process.minAge() != null
                        ? process.minAge() - 1 - rng.nextInt(Math.min(process.minAge(), 4))
                        : process.maxAge() + 1 + rng.nextInt(10);
            }
            return age.sample();
        }

        /**
         * Open meetings and budgets have one stage, often left blank (= the last); an assembly
         * invites everyone and keeps the educated and the old more often at each step.
         */
        private Binary stage(Integer a, int educationLevel) {
            List<String> stages = process.stages();
            if (process.method() != Method.CITIZENS_ASSEMBLY) {
                return rng.nextDouble() < 0.6 ? null : Vocabulary.binary(stages.get(stages.size() - 1));
            }
            double respond =
                    0.10 * (0.6 + 0.3 * educationLevel) * (a == null ? 1.0 : a >= 65 ? 1.2 : a < 25 ? 0.6 : 1.0);
            int reached = 0;
            if (rng.nextDouble() < respond) {
                reached = 1;
                if (rng.nextDouble() < 0.35) {
                    reached = rng.nextDouble() < 0.9 ? 3 : 2;
                }
            }
            return Vocabulary.binary(stages.get(Math.min(reached, stages.size() - 1)));
        }

        private Binary gender() {
            double u = rng.nextDouble();
            if (u < 0.007) {
                return missing();
            }
            String code = u < 0.01 ? "annat" : rng.nextDouble() < women ? "kvinna" : "man";
            return spelling("gender", code);
        }

        private String origin() {
            double u = rng.nextDouble();
            return Vocabulary.ORIGIN[u < abroad ? 2 : u < abroad + secondGeneration ? 1 : 0];
        }

        private Binary answer(String dimension, String code, double missing) {
            return rng.nextDouble() < missing ? missing() : spelling(dimension, code);
        }

        /** The usual spelling four times out of five, another one otherwise. */
        private Binary spelling(String dimension, String code) {
            List<String> spellings = Vocabulary.SPELLINGS.get(dimension).get(code);
            int which = spellings.size() == 1 || rng.nextDouble() < 0.8 ? 0 : 1 + rng.nextInt(spellings.size() - 1);
            return Vocabulary.binary(spellings.get(which));
        }

        private Binary missing() {
            int which = rng.nextInt(Vocabulary.MISSING.length + 1);
            return which == Vocabulary.MISSING.length ? null : Vocabulary.binary(Vocabulary.MISSING[which]);
        }

        private Binary area() {
            double u = rng.nextDouble();
            if (u < NO_AREA) {
                return null;
            }
            if (u < NO_AREA + ELSEWHERE) {
                List<Deso> all = grid.desos();
                Deso other = all.get(rng.nextInt(all.size()));
                if (other.kommun() != process.kommun().index()) {
                    return other.binaryCode();
                }
            }
            return desos.get(deso.sample()).binaryCode();
        }

        private int pick(double[] shares) {
            double u = rng.nextDouble();
            for (int i = 0; i < shares.length - 1; i++) {
                u -= shares[i];
                if (u < 0) {
                    return i;
                }
            }
            return shares.length - 1;
        }

        /** "p" and eight digits: unique within the process. */
        private void writePersonId(byte[] person, long number) {
            long n = number;
            for (int i = person.length - 1; i > 0; i--) {
                person[i] = (byte) ('0' + n % 10);
                n /= 10;
            }
        }
    }
}
