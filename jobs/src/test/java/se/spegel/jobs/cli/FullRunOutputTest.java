package se.spegel.jobs.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.spegel.jobs.Exempelstad;
import se.spegel.jobs.FolderSnapshot;
import se.spegel.jobs.SharedSpark;

/**
 * A full {@code spegel run} of the sample municipality (metrics, rejects, run.json, reports as
 * HTML, SVG and PDF), twice: the second run gives the same files, and no file holds a person_id.
 */
class FullRunOutputTest {
    /** Every person_id of the sample has this shape, so one scan for the shape finds any of them. */
    private static final Pattern PERSON_ID = Pattern.compile("p\\d{6}");

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path dir;

    static Path out;
    static Map<String, String> firstRun;
    static Map<String, String> firstManifest;

    @BeforeAll
    static void runTwice() throws IOException {
        SharedSpark.get();
        Path job = Files.writeString(dir.resolve("job.conf"), """
                job {
                  processes = "%s"
                  participants = "%s"
                  population = ["%s", "%s", "%s"]
                  areas = "%s"
                  out = "out"
                }
                """.formatted(
                        absolute(Exempelstad.inputs().processes()),
                        absolute(Exempelstad.inputs().participants()),
                        absolute(Exempelstad.inputs().population().get(0)),
                        absolute(Exempelstad.inputs().population().get(1)),
                        absolute(Exempelstad.inputs().population().get(2)),
                        absolute(Exempelstad.inputs().areas().orElseThrow())));
        out = dir.resolve("out");
        CliRun first = CliRun.of("run", job.toString());
        assertThat(first.exitCode()).as(first.err()).isZero();
        firstRun = FolderSnapshot.of(out);
        firstManifest = Map.of("run.json", withoutTimings(out.resolve("run.json")));
        CliRun second = CliRun.of("run", job.toString(), "--overwrite");
        assertThat(second.exitCode()).as(second.err()).isZero();
    }

    @Test
    void secondRunWritesByteIdenticalMetricsReportsAndRunJsonApartFromTimings() throws IOException {
        Map<String, String> secondRun = FolderSnapshot.of(out);
        // Parquet part files carry a random name; their contents are the metric tables of the CSVs
        assertThat(secondRun.size()).isEqualTo(firstRun.size());
        assertThat(comparable(secondRun))
                .isEqualTo(comparable(firstRun))
                .containsKeys(
                        "metrics/category_gaps.csv",
                        "metrics/dimension_summary.csv",
                        "metrics/process_summary.csv",
                        "metrics/area_names.csv",
                        "reports/comparison/report.html");
        assertThat(Map.of("run.json", withoutTimings(out.resolve("run.json")))).isEqualTo(firstManifest);
    }

    @Test
    void noFileOfTheRunHoldsAnyPersonIdOfTheInput() throws IOException {
        Set<String> ids = personIds();
        assertThat(ids)
                .hasSizeGreaterThan(5000)
                .allMatch(id -> PERSON_ID.matcher(id).matches());
        Map<String, Set<String>> leaks = new TreeMap<>();
        List<Path> files;
        try (Stream<Path> walk = Files.walk(out)) {
            files = walk.filter(Files::isRegularFile).toList();
        }
        assertThat(files)
                .anyMatch(f -> f.toString().endsWith(".pdf"))
                .anyMatch(f -> f.toString().endsWith(".svg"))
                .anyMatch(f -> f.toString().endsWith(".parquet"))
                .anyMatch(f -> f.toString().endsWith(".html"));
        for (Path file : files) {
            Set<String> found = new HashSet<>();
            Matcher matcher = PERSON_ID.matcher(text(file));
            while (matcher.find()) {
                if (ids.contains(matcher.group())) {
                    found.add(matcher.group());
                }
            }
            if (!found.isEmpty()) {
                leaks.put(out.relativize(file).toString(), found);
            }
        }
        assertThat(leaks).as("files holding person ids").isEmpty();
    }

    /** What a file says, whatever it is: PDF text, Parquet cell values and the raw bytes of anything. */
    private static String text(Path file) throws IOException {
        String raw = new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1);
        String name = file.getFileName().toString();
        if (name.endsWith(".pdf")) {
            try (PDDocument pdf = Loader.loadPDF(file.toFile())) {
                return new PDFTextStripper().getText(pdf) + raw;
            }
        }
        if (name.endsWith(".parquet")) {
            StringBuilder cells = new StringBuilder(raw);
            for (Row row : SharedSpark.get().read().parquet(file.toString()).collectAsList()) {
                cells.append('\n').append(row.mkString("|"));
            }
            return cells.toString();
        }
        return new String(Files.readAllBytes(file), StandardCharsets.UTF_8) + raw;
    }

    private static Set<String> personIds() throws IOException {
        List<String> lines = Files.readAllLines(Exempelstad.inputs().participants());
        int column = List.of(lines.get(0).split(",")).indexOf("person_id");
        Set<String> ids = new HashSet<>();
        lines.stream().skip(1).forEach(l -> ids.add(l.split(",", -1)[column]));
        return ids;
    }

    /** Files whose bytes must not change between runs: all but the PDFs (dated) and run.json (timed, compared apart). */
    private static Map<String, String> comparable(Map<String, String> files) {
        Map<String, String> kept = new TreeMap<>(files);
        kept.keySet()
                .removeIf(f -> f.endsWith(".pdf")
                        || f.equals("run.json")
                        || f.contains("/category_gaps/")
                        || f.contains("/dimension_summary/")
                        || f.contains("/process_summary/")
                        || f.contains("/area_names/"));
        return kept;
    }

    private static String withoutTimings(Path runJson) throws IOException {
        ObjectNode manifest = (ObjectNode) JSON.readTree(runJson.toFile());
        manifest.remove("timings_ms");
        return manifest.toPrettyString();
    }

    private static String absolute(Path path) {
        return path.toAbsolutePath().normalize().toString();
    }
}
