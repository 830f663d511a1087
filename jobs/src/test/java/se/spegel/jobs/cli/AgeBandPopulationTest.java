package se.spegel.jobs.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A population table with age bands (as GUS and many SCB tables give them): the bands
 * become the age categories, and a band that is only partly eligible is left out on both
 * sides instead of comparing 16-19-year-olds with 15-19-year-olds.
 */
class AgeBandPopulationTest {
    @TempDir
    Path dir;

    @Test
    void partlyEligibleBandIsLeftOutOnBothSides() throws IOException {
        Path processes = write("processes.csv", "process_id,name,method,area_code,period,min_age\n"
                + "pb,Budget,participatory_budget,1465011,2020,16\n");
        Path participants = write("participants.csv", "process_id,person_id,age\n"
                + "pb,a,16\npb,b,19\n"            // in the 15-19 band: outside the compared ages
                + "pb,c,21\npb,d,23\npb,e,40\npb,f,70\n");
        Path population = write("population.csv", "period,area_code,age_band,count\n"
                + "2020,1465011,15-19,50\n2020,1465011,20-24,100\n2020,1465011,25-64,200\n"
                + "2020,1465011,65 i więcej,100\n");
        StringWriter err = new StringWriter();
        int code = SpegelCli.execute(new PrintWriter(err, true), "evaluate", "--processes", processes.toString(),
                "--participants", participants.toString(), "--population", population.toString(),
                "--out", dir.resolve("out").toString(), "--master", "local[1]",
                // tiny hand-made counts: publish them all (the default threshold 5 would suppress them)
                "--conf", write("publish-all.conf", "spegel.disclosure.min-count = 1").toString());
        assertThat(code).as(err.toString()).isZero();

        List<String> gaps = Files.readAllLines(dir.resolve("out/metrics/category_gaps.csv"));
        // compared: ages 20+ -> participants c, d (20-24), e (25-64), f (65+) = 4; residents 400
        // 20-24: share 2/4 = 0.5, pop 100/400 = 0.25, gap 25 pp, ratio 2, per 1000 = 20
        assertThat(row(gaps, ",age,20-24,")).contains(",age,20-24,2,0.5,").contains(",100,0.25,25,2,20,");
        assertThat(row(gaps, ",age,65+,")).contains(",age,65+,1,0.25,").contains(",100,0.25,0,1,10,");
        assertThat(gaps).noneMatch(l -> l.contains(",age,15-19,"));

        List<String> summary = Files.readAllLines(dir.resolve("out/metrics/dimension_summary.csv"));
        // universe 20+ (open top); the two 16-19-year-olds are outside it
        assertThat(row(summary, ",age,")).endsWith(",population.csv,20,,2");
    }

    private static String row(List<String> lines, String needle) {
        return lines.stream().filter(l -> l.contains(needle)).findFirst().orElseThrow(() -> new AssertionError(needle));
    }

    private Path write(String name, String content) throws IOException {
        return Files.writeString(dir.resolve(name), content);
    }
}
