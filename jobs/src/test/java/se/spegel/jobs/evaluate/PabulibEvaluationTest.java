package se.spegel.jobs.evaluate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.spegel.jobs.SharedSpark;
import se.spegel.schema.config.SpegelConfig;
import se.spegel.schema.output.CategoryGap;

/**
 * The real Pabulib file of Bemowo's 2017 participatory budget evaluated against GUS's 2020
 * population of Bemowo by five-year age band. Expected numbers are counted independently
 * from the raw files in the test (a plain line scan of the .pb, a sum over the CSV).
 */
class PabulibEvaluationTest {
    private static final Path WARSZAWA = Path.of("../examples/warszawa");
    private static final String BEMOWO = "1465028";

    @TempDir
    Path out;

    @Test
    void voterAgeSharesAgainstResidentsOfTheDistrict() throws IOException {
        Path pb = se.spegel.jobs.SharedPabulib.file("Poland_Warszawa_2017_Bemowo.pb");
        EvaluationInputs inputs = new EvaluationInputs(
                WARSZAWA.resolve("processes.csv"),
                pb,
                List.of(WARSZAWA.resolve("population_age.csv")),
                Optional.of(WARSZAWA.resolve("areas.csv")));
        MetricTablesResult result = new EvaluateJob(
                        SpegelConfig.defaults().with("spegel.disclosure.enabled", "false"),
                        new PrintStream(OutputStream.nullOutputStream()))
                .evaluate(SharedSpark.get(), inputs, out);

        long voters = votersAged(pb, 0, 200);
        long voters30to34 = votersAged(pb, 30, 34);
        CategoryGap band = result.categoryGaps().stream()
                .filter(g -> g.processId().equals("Poland_Warszawa_2017_Bemowo")
                        && g.category().equals("30-34"))
                .findFirst()
                .orElseThrow();
        assertThat(voters).isEqualTo(4197);
        assertThat(band.n()).isEqualTo((double) voters30to34);
        assertThat(band.share()).isCloseTo((double) voters30to34 / voters, within(1e-12));
        assertThat(band.popCount()).isEqualTo(residents("30-34"));
        assertThat(band.popShare()).isCloseTo((double) residents("30-34") / residents(null), within(1e-12));
    }

    /** Voters whose age lies in [low, high], by reading the VOTES section line by line. */
    private static long votersAged(Path pb, int low, int high) throws IOException {
        List<String> lines = Files.readAllLines(pb);
        int votes = lines.indexOf("VOTES");
        List<String> header = List.of(lines.get(votes + 1).split(";"));
        int age = header.indexOf("age");
        return lines.subList(votes + 2, lines.size()).stream()
                .filter(l -> !l.isBlank())
                .map(l -> Integer.parseInt(l.split(";")[age].strip()))
                .filter(a -> a >= low && a <= high)
                .count();
    }

    /** Bemowo's residents in one band (or all bands) from the long-form population file. */
    private static long residents(String band) throws IOException {
        return Files.readAllLines(WARSZAWA.resolve("population_age.csv")).stream()
                .skip(1)
                .map(l -> l.split(","))
                .filter(c -> c[1].equals(BEMOWO) && (band == null || c[2].equals(band)))
                .mapToLong(c -> Long.parseLong(c[3]))
                .sum();
    }
}
