package se.spegel.jobs.disclosure;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.simple.RandomSource;
import se.spegel.jobs.Exempelstad;
import se.spegel.jobs.evaluate.EvaluationInputs;

/**
 * Generated dialogues in Exempelstad (its population and areas): per seed a citizens'
 * assembly (invited → responded → selected → attended) and an open meeting, each of a given
 * number of people, with ages, genders (now and then a non-binary answer), education, origin
 * and residence drawn unevenly, and some answers missing, so that many cells are small.
 */
final class SyntheticProcesses {
    private static final String[] GENDERS = {"kvinna", "man"};
    private static final String[] EDUCATION = {
        "förgymnasial", "gymnasial", "eftergymnasial < 3 år", "eftergymnasial ≥ 3 år", ""
    };
    private static final String[] ORIGIN = {"svensk_bakgrund", "fodd_i_sverige_utlandsk_bakgrund", "fodd_utomlands", ""
    };
    private static final String[] STAGES = {"invited", "responded", "selected", "attended"};

    private SyntheticProcesses() {}

    /**
     * Writes the inputs of one seed into {@code dir}: an assembly of {@code invited} and a
     * meeting of {@code meeting} people (no assembly when {@code invited} is 0).
     */
    static EvaluationInputs write(Path dir, long seed, int invited, int meeting) throws IOException {
        UniformRandomProvider random = RandomSource.XO_RO_SHI_RO_128_PP.create(seed);
        Files.createDirectories(dir);
        Path processes = Files.writeString(
                dir.resolve("processes.csv"),
                String.join(
                        "\n",
                        "process_id,name,method,area_code,period,min_age,max_age,start_date,end_date,stages",
                        invited == 0
                                ? "mote,Möte,open_meeting,9901,2024,16,,,,"
                                : "rad,Råd,citizens_assembly,9901,2024,16,,,,invited>responded>selected>attended",
                        invited == 0 ? "" : "mote,Möte,open_meeting,9901,2024,16,,,,",
                        ""));
        StringBuilder rows = new StringBuilder("process_id,person_id,stage,age,gender,education,origin,area_code\n");
        for (int i = 0; i < invited; i++) {
            // about half respond, a third of them are selected, nine in ten of those attend
            int stage =
                    random.nextDouble() < 0.5 ? 0 : random.nextDouble() < 0.65 ? 1 : random.nextDouble() < 0.1 ? 2 : 3;
            rows.append(row(random, "rad", "r" + seed + "-" + i, STAGES[stage]));
        }
        for (int i = 0; i < meeting; i++) {
            rows.append(row(random, "mote", "m" + seed + "-" + i, "attended"));
        }
        Path participants = Files.writeString(dir.resolve("participants.csv"), rows);
        Path population = Exempelstad.dir();
        return new EvaluationInputs(
                processes,
                participants,
                List.of(
                        population.resolve("population_age_gender.csv"),
                        population.resolve("population_education.csv"),
                        population.resolve("population_origin.csv")),
                Optional.of(population.resolve("areas.csv")));
    }

    private static String row(UniformRandomProvider random, String process, String person, String stage) {
        // ages skewed towards the old, as at many meetings; now and then unknown
        String age = random.nextDouble() < 0.03 ? "" : String.valueOf(16 + (int) (69 * Math.sqrt(random.nextDouble())));
        String gender = random.nextDouble() < 0.03
                ? "annat"
                : random.nextDouble() < 0.03 ? "" : GENDERS[random.nextDouble() < 0.57 ? 0 : 1];
        String education = EDUCATION[skewed(random, EDUCATION.length)];
        String origin = ORIGIN[skewed(random, ORIGIN.length)];
        String area = "9901R00" + (1 + skewed(random, 6));
        return String.join(",", process, person, stage, age, gender, education, origin, area) + "\n";
    }

    /** 0 .. n−1, each about half as likely as the one before. */
    private static int skewed(UniformRandomProvider random, int n) {
        int i = 0;
        while (i < n - 1 && random.nextDouble() < 0.45) {
            i++;
        }
        return i;
    }
}
