package se.spegel.jobs.cli;

import com.typesafe.config.Config;
import com.typesafe.config.ConfigException;
import com.typesafe.config.ConfigUtil;
import com.typesafe.config.ConfigValue;
import com.typesafe.config.ConfigValueType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import se.spegel.jobs.evaluate.EvaluationInputs;
import se.spegel.jobs.io.SparkSources;
import se.spegel.schema.config.SpegelConfig;
import se.spegel.schema.input.InputException;

/**
 * A job file for {@code spegel run}: HOCON with a {@code job { }} section naming the inputs, the
 * output folder and how to run, next to any {@code spegel.*} setting of conf/spegel.conf:
 *
 * <pre>
 * job {
 *   processes = "processes.csv"        # paths are relative to the job file's folder
 *   participants = "participants.csv"
 *   population = ["population_age_gender.csv", "population_education.csv"]   # or one file name
 *   areas = "areas.csv"                # optional
 *   quotas = ["klimatradet.json"]      # optional, citizens' assemblies' quota files
 *   selection-probabilities = ["probabilities.csv"]   # optional
 *   survey-benchmarks = ["survey_climate.csv"]        # optional, survey shares of attitudinal dimensions
 *   out = "out/run"
 *   master = "local[*]"                # optional, default spegel.spark.master
 *   reports = true                     # optional, render reports after evaluating
 *   lang = "sv"                        # optional, default spegel.report.lang
 *   boundaries = "districts.geojson"   # optional, district shapes for the reports' district map
 * }
 * spegel.disclosure.min-count = 10
 * </pre>
 *
 * Settings come from conf/spegel.conf, overridden by the job file, overridden by
 * {@code -Dspegel.KEY=VALUE}. Every mistake is an {@link InputException} naming the job file,
 * the line and the key.
 */
record JobFile(
        Path file,
        SpegelConfig config,
        EvaluationInputs inputs,
        Path out,
        Optional<String> master,
        boolean reports,
        Optional<String> lang,
        Optional<Path> boundaries) {

    static final String SECTION = "job";
    private static final List<String> REQUIRED = List.of("processes", "participants", "population", "out");
    private static final Set<String> KEYS = Set.of(
            "processes",
            "participants",
            "population",
            "areas",
            "out",
            "master",
            "reports",
            "lang",
            "quotas",
            "selection-probabilities",
            "boundaries",
            "survey-benchmarks");

    /** Reads and checks a job file; its input files must exist. */
    static JobFile read(Path file) {
        if (!Files.isRegularFile(file)) {
            throw InputException.ofFile(file, "job file not found");
        }
        Config root = SpegelConfig.layered(Optional.of(file));
        SpegelConfig config = SpegelConfig.of(root, Optional.of(file));
        try {
            if (!root.hasPath(SECTION)) {
                throw InputException.ofFile(
                        file, "missing section job { } naming processes, participants, population and out");
            }
            Set<String> unknown = new TreeSet<>(root.getConfig(SECTION).root().keySet());
            unknown.removeAll(KEYS);
            if (!unknown.isEmpty()) {
                String key = unknown.iterator().next();
                throw new InputException(
                        file,
                        line(root.getValue(ConfigUtil.joinPath(SECTION, key))),
                        0,
                        null,
                        "unknown key job." + key + " (known: " + String.join(", ", new TreeSet<>(KEYS)) + ")");
            }
            for (String key : REQUIRED) {
                if (!root.hasPath(path(key))) {
                    throw InputException.ofFile(file, "missing key job." + key);
                }
            }
            Path base = file.toAbsolutePath().normalize().getParent();
            List<Path> population = files(file, base, root, "population");
            EvaluationInputs inputs = new EvaluationInputs(
                    input(file, base, root, "processes", root.getString(path("processes"))),
                    participants(file, base, root),
                    population,
                    root.hasPath(path("areas"))
                            ? Optional.of(input(file, base, root, "areas", root.getString(path("areas"))))
                            : Optional.empty(),
                    root.hasPath(path("quotas")) ? files(file, base, root, "quotas") : List.of(),
                    root.hasPath(path("selection-probabilities"))
                            ? files(file, base, root, "selection-probabilities")
                            : List.of(),
                    root.hasPath(path("survey-benchmarks")) ? files(file, base, root, "survey-benchmarks") : List.of());
            Path out = relative(file, base, root, "out", root.getString(path("out")));
            boolean reports = !root.hasPath(path("reports")) || root.getBoolean(path("reports"));
            Optional<Path> boundaries = root.hasPath(path("boundaries"))
                    ? Optional.of(input(file, base, root, "boundaries", root.getString(path("boundaries"))))
                    : Optional.empty();
            return new JobFile(
                    file,
                    config,
                    inputs,
                    out,
                    optionalString(root, "master"),
                    reports,
                    optionalString(root, "lang"),
                    boundaries);
        } catch (ConfigException e) {
            throw SpegelConfig.error(file, e);
        }
    }

    /** The same job writing to another folder (what {@code spegel demo --out} does). */
    JobFile withOut(Path otherOut) {
        return new JobFile(file, config, inputs, otherOut, master, reports, lang, boundaries);
    }

    /** The same job with its report language replaced, when one is given. */
    JobFile withLang(String otherLang) {
        return otherLang == null
                ? this
                : new JobFile(file, config, inputs, out, master, reports, Optional.of(otherLang), boundaries);
    }

    /** A key naming one file or a list of them (at least one). */
    private static List<Path> files(Path file, Path base, Config root, String key) {
        List<Path> files = new ArrayList<>();
        if (root.getValue(path(key)).valueType() == ConfigValueType.LIST) {
            for (String name : root.getStringList(path(key))) {
                files.add(input(file, base, root, key, name));
            }
            if (files.isEmpty()) {
                throw new InputException(
                        file,
                        line(root.getValue(path(key))),
                        0,
                        null,
                        "job." + key + " names no file; give one file name or a list of them");
            }
        } else {
            files.add(input(file, base, root, key, root.getString(path(key))));
        }
        return files;
    }

    /** job.participants: one name or a list; files, folders, quoted globs or Spark sources ({@link SparkSources}). */
    private static List<Path> participants(Path file, Path base, Config root) {
        List<String> names = root.getValue(path("participants")).valueType() == com.typesafe.config.ConfigValueType.LIST
                ? root.getStringList(path("participants"))
                : List.of(root.getString(path("participants")));
        List<Path> files = new ArrayList<>();
        for (String name : names) {
            try {
                java.util.Optional<Path> source = SparkSources.of(name);
                if (source.isPresent()) {
                    files.add(source.get());
                    continue;
                }
            } catch (java.io.IOException e) {
                throw new InputException(
                        file,
                        line(root.getValue(path("participants"))),
                        0,
                        null,
                        "job.participants: " + e.getMessage());
            }
            Path path = relative(file, base, root, "participants", name);
            files.add(
                    Files.isDirectory(path) || path.getFileName().toString().matches(".*[*?\\[{].*")
                            ? path
                            : input(file, base, root, "participants", name));
        }
        if (files.isEmpty()) {
            throw new InputException(
                    file,
                    line(root.getValue(path("participants"))),
                    0,
                    null,
                    "job.participants names no file; give one file name or a list of them");
        }
        return files;
    }

    private static Path input(Path file, Path base, Config root, String key, String name) {
        Path path = relative(file, base, root, key, name);
        if (!Files.isRegularFile(path)) {
            throw new InputException(
                    file, line(root.getValue(path(key))), 0, null, "job." + key + ": file not found: " + path);
        }
        return path;
    }

    private static Path relative(Path file, Path base, Config root, String key, String name) {
        if (name.isBlank()) {
            throw new InputException(
                    file, line(root.getValue(path(key))), 0, null, "job." + key + " is empty; give a path");
        }
        Path path = Path.of(name);
        if (path.isAbsolute()) {
            return path.normalize();
        }
        // relative to the job file's folder, shown relative to the working folder when it lies below it
        Path resolved = base.resolve(path).normalize();
        Path here = Path.of("").toAbsolutePath();
        return resolved.startsWith(here) ? here.relativize(resolved) : resolved;
    }

    private static Optional<String> optionalString(Config root, String key) {
        return root.hasPath(path(key)) ? Optional.of(root.getString(path(key))) : Optional.empty();
    }

    /** The full path of a key of the job section, as typesafe-config names it in its messages. */
    private static String path(String key) {
        return SECTION + "." + key;
    }

    private static long line(ConfigValue value) {
        return Math.max(0, value.origin().lineNumber());
    }
}
