package se.spegel.jobs.evaluate;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.spegel.jobs.Exempelstad;
import se.spegel.jobs.SharedSpark;
import se.spegel.schema.config.SpegelConfig;

/**
 * Exempelstad's participants as an Excel workbook and its age × gender population as SCB's
 * PC-Axis give exactly the metric tables of the CSV files (as ParquetInputTest shows for Parquet).
 */
class WorkbookAndPxEvaluationTest {
    @TempDir
    Path dir;

    @Test
    void workbookParticipantsAndPxPopulationGiveTheSameMetricsAsCsv() throws IOException {
        Path workbook = csv(Exempelstad.dir().resolve("participants.csv")).xlsx(dir.resolve("deltagare.xlsx"));
        Path px = px(Exempelstad.dir().resolve("population_age_gender.csv"), dir.resolve("population_age_gender.px"));

        EvaluationInputs fromCsv = Exempelstad.inputs();
        List<Path> population = new ArrayList<>(fromCsv.population());
        population.set(0, px);
        EvaluationInputs fromUsersFiles =
                new EvaluationInputs(fromCsv.processes(), workbook, population, fromCsv.areas());
        Path csvOut = evaluate(fromCsv, "csv");
        Path out = evaluate(fromUsersFiles, "xlsx-px");
        SameMetrics.assertSame(out, csvOut, "population_age_gender.px", "population_age_gender.csv");
    }

    /**
     * The same files given as URIs are streamed from their (Hadoop) file system, not copied to the
     * driver's disk: workbook, PC-Axis, CSV population, processes and areas give the same metrics.
     */
    @Test
    void workbookPxAndCsvGivenAsUrisAreReadWhereTheyLie() throws IOException {
        Path workbook = csv(Exempelstad.dir().resolve("participants.csv")).xlsx(dir.resolve("deltagare.xlsx"));
        Path px = px(Exempelstad.dir().resolve("population_age_gender.csv"), dir.resolve("population_age_gender.px"));
        EvaluationInputs fromCsv = Exempelstad.inputs();
        List<Path> population = new ArrayList<>();
        population.add(uri(px));
        fromCsv.population().stream()
                .skip(1)
                .map(WorkbookAndPxEvaluationTest::uri)
                .forEach(population::add);
        EvaluationInputs fromUris = new EvaluationInputs(
                uri(fromCsv.processes()),
                uri(workbook),
                population,
                fromCsv.areas().map(WorkbookAndPxEvaluationTest::uri));
        org.assertj.core.api.Assertions.assertThat(se.spegel.jobs.io.HadoopPaths.isRemote(fromUris.participants()))
                .isTrue();

        Path out = evaluate(fromUris, "uris");
        Path csvOut = evaluate(fromCsv, "csv");
        SameMetrics.assertSame(out, csvOut, "population_age_gender.px", "population_age_gender.csv");
    }

    private static Path uri(Path file) {
        try {
            return se.spegel.jobs.io.HadoopPaths.input(
                    file.toAbsolutePath().toUri().toString());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** A CSV without quoted cells (as the sample's are) as a table. */
    private static Flavours csv(Path file) throws IOException {
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        List<List<String>> rows = lines.subList(1, lines.size()).stream()
                .map(line -> List.of(line.split(",", -1)))
                .toList();
        return new Flavours(List.of(lines.get(0).split(",")), rows);
    }

    /** The sample's period, area_code, age, gender, count table as SCB would give it. */
    private static Path px(Path csvFile, Path pxFile) throws IOException {
        Map<String, String> counts = new HashMap<>();
        Map<String, String> areas = new LinkedHashMap<>();
        List<Integer> ages = new ArrayList<>();
        List<String> sexes = new ArrayList<>();
        List<Integer> years = new ArrayList<>();
        for (List<String> row : csv(csvFile).rows()) {
            int year = Integer.parseInt(row.get(0));
            int age = Integer.parseInt(row.get(2));
            areas.put(row.get(1), "område " + row.get(1).substring(row.get(1).length() - 3));
            addOnce(ages, age);
            addOnce(sexes, row.get(3));
            addOnce(years, year);
            counts.put(String.join("|", row.get(1), String.valueOf(age), row.get(3), String.valueOf(year)), row.get(4));
        }
        return PxWriter.write(
                pxFile,
                areas,
                ages,
                sexes,
                years,
                (area, age, sex, year) ->
                        counts.get(String.join("|", area, String.valueOf(age), sex, String.valueOf(year))));
    }

    private static <T> void addOnce(List<T> values, T value) {
        if (!values.contains(value)) {
            values.add(value);
        }
    }

    private Path evaluate(EvaluationInputs inputs, String name) throws IOException {
        Path out = dir.resolve(name);
        new EvaluateJob(SpegelConfig.defaults(), new PrintStream(OutputStream.nullOutputStream()))
                .evaluate(SharedSpark.get(), inputs, out);
        return out;
    }
}
