package se.spegel.jobs.cli;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * One case of the bad-input corpus ({@code src/test/resources/corpus/<case>/}): the input files that
 * differ from the good inputs of {@code corpus/_base/}, and {@code expect.properties} saying what
 * {@code spegel evaluate} must do with them:
 *
 * <pre>
 * description = what is wrong with the input (shown in the corpus table)
 * exit = 2                          # or 0
 * where = participants.csv:3:3      # exit 2: where the one-line message points (file:line:column)
 * message = is not a whole number   # exit 2: what it says
 * reject.age_out_of_range = 2       # exit 0: rows in rejects/ with this reason (all reasons listed)
 * reject_line.age_out_of_range = 6  # exit 0: a reject with this reason at this line
 * rows.participants = 8             # exit 0: rows_read of an input role in run.json
 * warning = no participants         # exit 0: a fragment of some input's warning in run.json
 * note = has no population          # exit 0: a fragment of a note in run.json
 * category = gender:man             # exit 0: a dimension:category row of category_gaps.csv with a population count
 * category.nocounterpart = gender:q # exit 0: such a row without population counterpart
 * areas = none                      # run without an areas file
 * absent = 19850512-1234 | a@b.se   # texts that must reach no output file, rejects/, run.json nor the console
 * </pre>
 */
record CorpusCase(String name, Path dir, Path base, Properties expect) {
    static final Path ROOT = Path.of("src/test/resources/corpus");
    private static final String BASE = "_base";

    static List<CorpusCase> all() throws IOException {
        try (Stream<Path> folders = Files.list(ROOT)) {
            List<CorpusCase> cases = new ArrayList<>();
            for (Path dir : folders.filter(Files::isDirectory).sorted().toList()) {
                if (!dir.getFileName().toString().equals(BASE)) {
                    cases.add(of(dir));
                }
            }
            return cases;
        }
    }

    private static CorpusCase of(Path dir) throws IOException {
        Properties expect = new Properties();
        try (Reader in = Files.newBufferedReader(dir.resolve("expect.properties"), StandardCharsets.UTF_8)) {
            expect.load(in);
        }
        return new CorpusCase(dir.getFileName().toString(), dir, ROOT.resolve(BASE), expect);
    }

    int exitCode() {
        return Integer.parseInt(required("exit"));
    }

    String description() {
        return required("description");
    }

    String get(String key) {
        return expect.getProperty(key);
    }

    String required(String key) {
        String value = expect.getProperty(key);
        if (value == null) {
            throw new IllegalStateException(name + "/expect.properties lacks " + key);
        }
        return value;
    }

    /** Expected rejects per reason code. */
    Map<String, Long> rejects() {
        return prefixed("reject.");
    }

    /** Expected line of a reject per reason code (its physical line in the file). */
    Map<String, Long> rejectLines() {
        return prefixed("reject_line.");
    }

    /** Texts (identifiers of the input) that no output, message or console line may carry. */
    List<String> absent() {
        String listed = get("absent");
        return listed == null
                ? List.of()
                : java.util.Arrays.stream(listed.split("\\|"))
                        .map(String::strip)
                        .toList();
    }

    /** Expected rows_read per input role. */
    Map<String, Long> rowsRead() {
        return prefixed("rows.");
    }

    private Map<String, Long> prefixed(String prefix) {
        Map<String, Long> counts = new TreeMap<>();
        for (String key : expect.stringPropertyNames()) {
            if (key.startsWith(prefix)) {
                counts.put(
                        key.substring(prefix.length()),
                        Long.parseLong(expect.getProperty(key).strip()));
            }
        }
        return counts;
    }

    /** The arguments of {@code spegel evaluate} for this case, writing to {@code out}. */
    List<String> evaluateArguments(Path out) throws IOException {
        List<String> args = new ArrayList<>(List.of(
                "evaluate",
                "--processes",
                own("processes.csv").orElse(base.resolve("processes.csv")).toString(),
                "--participants",
                participants().toString(),
                "--population"));
        args.addAll(population().stream().map(Path::toString).toList());
        if (!"none".equals(get("areas"))) {
            args.add("--areas");
            args.add(own("areas.csv").orElse(base.resolve("areas.csv")).toString());
        }
        for (String folder : List.of("quotas", "probabilities", "survey")) {
            Path files = dir.resolve(folder);
            if (Files.isDirectory(files)) {
                args.add(
                        switch (folder) {
                            case "quotas" -> "--quotas";
                            case "probabilities" -> "--selection-probabilities";
                            default -> "--survey-benchmarks";
                        });
                try (java.util.stream.Stream<Path> list = Files.list(files)) {
                    list.sorted().forEach(f -> args.add(f.toString()));
                }
            }
        }
        args.add("--conf");
        args.add(own("spegel.conf").orElse(base.resolve("spegel.conf")).toString());
        args.addAll(List.of("--out", out.toString(), "--master", "local[1]"));
        return args;
    }

    private Path participants() throws IOException {
        List<Path> own = files(f -> f.startsWith("participants") || f.endsWith(".pb"));
        return own.isEmpty() ? base.resolve("participants.csv") : own.get(0);
    }

    private List<Path> population() throws IOException {
        List<Path> own = files(f -> f.startsWith("population"));
        return own.isEmpty() ? List.of(base.resolve("population.csv")) : own;
    }

    private java.util.Optional<Path> own(String file) {
        Path path = dir.resolve(file);
        return Files.exists(path) ? java.util.Optional.of(path) : java.util.Optional.empty();
    }

    private List<Path> files(java.util.function.Predicate<String> name) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(f -> name.test(f.getFileName().toString()))
                    .sorted()
                    .toList();
        }
    }

    @Override
    public String toString() {
        return name;
    }
}
