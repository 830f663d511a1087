package se.spegel.jobs.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code spegel report --boundaries FILE} and the job key {@code boundaries}: district shapes for a map in
 * each report; a bad file is a one-line error naming it (and the feature), exit 2, nothing written.
 */
class BoundariesOptionTest {
    private static final Path BASE = CorpusCase.ROOT.resolve("_base");

    @TempDir
    Path dir;

    private Path geojson(String name, String geometry) throws IOException {
        return Files.writeString(
                dir.resolve(name),
                "{\"type\":\"FeatureCollection\",\"features\":["
                        + "{\"type\":\"Feature\",\"properties\":{\"area_code\":\"D1\"},\"geometry\":"
                        + "{\"type\":\"Polygon\",\"coordinates\":[[[15,59],[15.1,59],[15.1,59.1],[15,59]]]}},"
                        + "{\"type\":\"Feature\",\"properties\":{\"area_code\":\"D2\"},\"geometry\":" + geometry
                        + "}]}");
    }

    @Test
    void reportWithABadBoundariesFileNamesFileAndFeatureAndWritesNothing() throws IOException {
        Path bad = geojson("bad.geojson", "{\"type\":\"LineString\",\"coordinates\":[[15,59],[16,59]]}");
        Path metrics = Files.createDirectories(dir.resolve("metrics")); // the shapes are read first
        Path reports = dir.resolve("reports");
        CliRun run = CliRun.of(
                "report", "--metrics", metrics.toString(), "--out", reports.toString(), "--boundaries", bad.toString());
        assertThat(run.oneLineError())
                .isEqualTo(bad + ": feature 2 (area_code D2): geometry is a LineString;"
                        + " a district must be a Polygon or MultiPolygon");
        assertThat(reports).doesNotExist();
    }

    @Test
    void jobFileWithABadBoundariesFileFailsBeforeEvaluatingAndWritesNothing() throws IOException {
        Path job = OutputSafetyTest.job(dir, "out");
        Files.writeString(job, "job.boundaries = \"districts.geojson\"\n", java.nio.file.StandardOpenOption.APPEND);
        Files.writeString(dir.resolve("districts.geojson"), "{\"type\": \"FeatureCollection\",\n  \"features\": [}");
        CliRun run = CliRun.of("run", job.toString());
        assertThat(run.oneLineError())
                .contains("districts.geojson: line 2, column")
                .contains("not GeoJSON");
        assertThat(dir.resolve("out")).doesNotExist();

        Files.delete(dir.resolve("districts.geojson"));
        assertThat(CliRun.of("run", job.toString()).oneLineError())
                .contains("job.boundaries: file not found")
                .contains("districts.geojson");
    }

    @Test
    void reportWithBoundariesDrawsTheDistrictMapOfTheDistrictsItKnows() throws IOException {
        Path good = geojson(
                "good.geojson", "{\"type\":\"Polygon\",\"coordinates\":[[[15.1,59],[15.2,59],[15.2,59.1],[15.1,59]]]}");
        Path out = dir.resolve("out");
        CliRun evaluate = CliRun.of(
                "evaluate",
                "--processes",
                BASE.resolve("processes.csv").toString(),
                "--participants",
                BASE.resolve("participants.csv").toString(),
                "--population",
                BASE.resolve("population.csv").toString(),
                "--areas",
                BASE.resolve("areas.csv").toString(),
                "--conf",
                BASE.resolve("spegel.conf").toString(),
                "--out",
                out.toString());
        assertThat(evaluate.exitCode()).as(evaluate.err()).isZero();
        Path reports = dir.resolve("reports");
        CliRun run = CliRun.of(
                "report",
                "--metrics",
                out.resolve("metrics").toString(),
                "--out",
                reports.toString(),
                "--boundaries",
                good.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(reports.resolve("p1/charts/district-map.svg")).isRegularFile();
        assertThat(Files.readString(reports.resolve("p1/report.html"))).contains("src=\"charts/district-map.svg\"");
    }
}
