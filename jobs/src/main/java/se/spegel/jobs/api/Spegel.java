package se.spegel.jobs.api;

import java.io.IOException;
import java.io.PrintStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;
import se.spegel.jobs.evaluate.EvaluationInputs;
import se.spegel.jobs.io.SparkSources;
import se.spegel.jobs.io.TemporaryFolders;
import se.spegel.schema.config.SpegelConfig;

/**
 * Spegel for analysts' own Spark code (spark-shell, jobs, notebooks): the same evaluation as
 * {@code spegel evaluate}, on Datasets instead of files.
 *
 * <pre>{@code
 * SpegelResult r = Spegel.evaluate(spark, SpegelConfig.defaults())
 *     .processes(processes).participants(participants)
 *     .population(ageGender, education).areas(areas)
 *     .run();
 * r.categoryGaps().show();  r.writeTo("hdfs://nn/spegel/out");
 * }</pre>
 *
 * Participants, the large table, are read by Spark where they lie (as a temporary view, through
 * the same aggregation as {@code --participants table:NAME}); processes, population and areas,
 * small tables, are brought to the driver and checked by the same readers and rules as files
 * (their cells as Spark's {@code CAST(… AS STRING)} gives them). A mistake in them throws
 * {@link se.spegel.schema.input.InputException} naming the table, line and column.
 */
public final class Spegel {
    private Spegel() {}

    /** The evaluation of input files, as {@code spegel evaluate} does it (the CLI is a shell over it). */
    public static FileEvaluation files(SpegelConfig config, EvaluationInputs inputs) {
        return new FileEvaluation(config, inputs);
    }

    /** An evaluation to set up; {@code config} as {@link SpegelConfig#load} or {@link SpegelConfig#defaults} give it. */
    public static Evaluation evaluate(SparkSession spark, SpegelConfig config) {
        return new Evaluation(spark, config);
    }

    /** The inputs of one evaluation, given one by one; {@link #run} evaluates them. */
    public static final class Evaluation {
        private final SparkSession spark;
        private final SpegelConfig config;
        private Dataset<Row> processes;
        private Dataset<Row> participants;
        private final Map<String, Dataset<Row>> population = new LinkedHashMap<>();
        private Dataset<Row> areas;
        private Dataset<Row> quotas;
        private Dataset<Row> selectionProbabilities;
        private Dataset<Row> surveyBenchmarks;
        private String surveyBenchmarksName = "survey_benchmarks.csv";
        private PrintStream progress = new PrintStream(java.io.OutputStream.nullOutputStream());

        private Evaluation(SparkSession spark, SpegelConfig config) {
            this.spark = spark;
            this.config = config;
        }

        /** {@code process_id, name, method, area_code, period} (+ optional columns), as in a processes file. */
        public Evaluation processes(Dataset<Row> table) {
            this.processes = table;
            return this;
        }

        /** One row per person per process, as in a participants file. */
        public Evaluation participants(Dataset<Row> table) {
            this.participants = table;
            return this;
        }

        /** Population tables in long form, named population_1, population_2 … in the output. */
        @SafeVarargs
        public final Evaluation population(Dataset<Row>... tables) {
            Arrays.stream(tables).forEach(t -> population.put("population_" + (population.size() + 1) + ".csv", t));
            return this;
        }

        /** A population table under the name dimension_summary gives it (as a file's name would be). */
        public Evaluation population(String name, Dataset<Row> table) {
            population.put(name.endsWith(".csv") ? name : name + ".csv", table);
            return this;
        }

        /** {@code area_code, parent_code, level, name}: the area hierarchy. */
        public Evaluation areas(Dataset<Row> table) {
            this.areas = table;
            return this;
        }

        /**
         * A citizens' assembly's quotas in Spegel's long form, {@code process_id, feature, value, min, max}
         * (+ {@code target, weight}), as {@code --quotas} reads them: {@code quota_fulfilment}.
         */
        public Evaluation quotas(Dataset<Row> table) {
            this.quotas = table;
            return this;
        }

        /**
         * The lottery's chance of a seat per pool member, {@code process_id, person_id, probability}, as
         * {@code --selection-probabilities} reads them: {@code selection_fairness(_groups)}.
         */
        public Evaluation selectionProbabilities(Dataset<Row> table) {
            this.selectionProbabilities = table;
            return this;
        }

        /**
         * Survey benchmarks of attitudinal dimensions, {@code dimension, category, share, survey_n}
         * (+ {@code area_code, source}), as {@code --survey-benchmarks} reads them.
         */
        public Evaluation surveyBenchmarks(Dataset<Row> table) {
            this.surveyBenchmarks = table;
            return this;
        }

        /** Survey benchmarks under the name dimension_summary gives them (as a file's name would be). */
        public Evaluation surveyBenchmarks(String name, Dataset<Row> table) {
            this.surveyBenchmarksName = name.endsWith(".csv") ? name : name + ".csv";
            return surveyBenchmarks(table);
        }

        /** Where the progress lines of {@code spegel evaluate} go (default: nowhere). */
        public Evaluation progress(PrintStream stream) {
            this.progress = stream;
            return this;
        }

        /** Evaluates: the metric tables, rejects and run.json as {@code spegel evaluate} writes them. */
        public SpegelResult run() throws IOException {
            if (processes == null || participants == null || population.isEmpty()) {
                throw new IllegalStateException("processes, participants and population are required");
            }
            Path folder = TemporaryFolders.create("spegel-api-");
            Path processesFile = writeCsv(processes, folder.resolve("processes.csv"));
            List<Path> populationFiles = new ArrayList<>();
            for (Map.Entry<String, Dataset<Row>> table : population.entrySet()) {
                populationFiles.add(writeCsv(table.getValue(), folder.resolve(table.getKey())));
            }
            Optional<Path> areasFile =
                    areas == null ? Optional.empty() : Optional.of(writeCsv(areas, folder.resolve("areas.csv")));
            List<Path> quotaFiles = optionalCsv(quotas, folder.resolve("quotas.csv"));
            List<Path> probabilityFiles =
                    optionalCsv(selectionProbabilities, folder.resolve("selection_probabilities.csv"));
            List<Path> surveyFiles = optionalCsv(surveyBenchmarks, folder.resolve(surveyBenchmarksName));
            String view = "spegel_participants_" + UUID.randomUUID().toString().replace("-", "");
            participants.createOrReplaceTempView(view);
            try {
                Path participantsSource =
                        SparkSources.of(SparkSources.TABLE + ":" + view).orElseThrow();
                EvaluationInputs inputs = new EvaluationInputs(
                        processesFile,
                        List.of(participantsSource),
                        populationFiles,
                        areasFile,
                        quotaFiles,
                        probabilityFiles,
                        surveyFiles);
                Path out = folder.resolve("out");
                return files(config, inputs).progress(progress).run(spark, out);
            } finally {
                spark.catalog().dropTempView(view);
            }
        }
    }

    private static List<Path> optionalCsv(Dataset<Row> table, Path file) throws IOException {
        return table == null ? List.of() : List.of(writeCsv(table, file));
    }

    /** A small table as the CSV the file readers read: every cell as Spark casts it to text, null as blank. */
    static Path writeCsv(Dataset<Row> table, Path file) throws IOException {
        Column[] texts = Arrays.stream(table.columns())
                .map(c -> functions
                        .col("`" + c.replace("`", "``") + "`")
                        .cast("string")
                        .as(c))
                .toArray(Column[]::new);
        try (Writer writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
                CSVPrinter csv = new CSVPrinter(
                        writer,
                        CSVFormat.DEFAULT.builder().setHeader(table.columns()).build())) {
            Iterator<Row> rows = table.select(texts).toLocalIterator();
            while (rows.hasNext()) {
                Row row = rows.next();
                List<String> cells = new ArrayList<>(row.size());
                for (int i = 0; i < row.size(); i++) {
                    cells.add(row.isNullAt(i) ? "" : row.getString(i));
                }
                csv.printRecord(cells);
            }
        }
        return file;
    }
}
