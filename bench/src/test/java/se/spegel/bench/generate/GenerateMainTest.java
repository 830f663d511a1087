package se.spegel.bench.generate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A small generated set (two municipalities) read back with Spegel's own readers' rules in mind. */
class GenerateMainTest {
    @TempDir
    Path tmp;

    /** The SCB tables of ../shared/data, seen from the module folder of a checkout or worktree. */
    private static Optional<Path> scb() {
        return Stream.of("../../shared/data", "../../../shared/data", "../../../../shared/data")
                .map(p -> Path.of(p, "scb-kommun-2019"))
                .filter(p -> Files.exists(p.resolve("SCB_alderkon.csv")))
                .findFirst();
    }

    @Test
    void writesEveryInputFileOfTheContractWithTheRequestedRows() throws Exception {
        assumeTrue(scb().isPresent(), "SCB tables of ../shared/data not found");
        Path out = tmp.resolve("set");
        GenerateMain.generate(5_000, 7, 6, 2, scb().get(), out, 2);

        String properties = Files.readString(out.resolve("generated.properties"));
        assertThat(properties).contains("participants=5000", "processes=6", "kommuner=2");
        assertThat(Files.exists(out.resolve(out.getFileName() + ".tmp"))).isFalse();
        List<String> processes = Files.readAllLines(out.resolve("processes.csv"));
        assertThat(processes.get(0))
                .isEqualTo("process_id,name,method,area_code,period,min_age,max_age,start_date,end_date,stages");
        assertThat(processes).hasSize(7);
        // the first two municipalities in code order: Upplands Väsby and Vallentuna
        assertThat(processes.subList(1, 7)).allMatch(l -> l.startsWith("0114-") || l.startsWith("0115-"));
        List<String> areas = Files.readAllLines(out.resolve("areas.csv"));
        assertThat(areas).contains("0114,01,kommun,Upplands Väsby", "SE,,riket,Sverige");
        assertThat(areas).anyMatch(l -> l.matches("0114[ABC]\\d{4},0114R\\d{3},deso,.*"));
        try (Stream<Path> parts = Files.list(out.resolve("participants"))) {
            assertThat(parts.map(p -> p.getFileName().toString())).containsExactly("part-00000.parquet");
        }
    }

    @Test
    void theSameSeedGivesTheSameFiles() throws Exception {
        assumeTrue(scb().isPresent(), "SCB tables of ../shared/data not found");
        GenerateMain.generate(2_000, 7, 3, 1, scb().get(), tmp.resolve("a"), 2);
        GenerateMain.generate(2_000, 7, 3, 1, scb().get(), tmp.resolve("b"), 1);
        for (String file : List.of(
                "processes.csv", "areas.csv", "participants/part-00000.parquet", "population_age_gender.parquet")) {
            assertThat(bytes(tmp.resolve("a").resolve(file)))
                    .as(file)
                    .isEqualTo(bytes(tmp.resolve("b").resolve(file)));
        }
    }

    private static byte[] bytes(Path file) throws IOException {
        return Files.readAllBytes(file);
    }
}
