package se.spegel.schema.config;

import com.typesafe.config.Config;
import com.typesafe.config.ConfigException;
import com.typesafe.config.ConfigFactory;
import com.typesafe.config.ConfigParseOptions;
import com.typesafe.config.ConfigRenderOptions;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import se.spegel.schema.Method;
import se.spegel.schema.input.ColumnAliases;
import se.spegel.schema.input.InputException;

/**
 * Spegel's configuration: the defaults of {@code conf/spegel.conf} (bundled in the jar),
 * overlaid by a user's file and by {@code -Dspegel.KEY=VALUE}.
 */
public final class SpegelConfig {
    /** Where the build copies conf/spegel.conf inside the jar. */
    public static final String DEFAULTS_RESOURCE = "se/spegel/conf/spegel.conf";

    private final Config config;
    private final Map<String, DimensionScheme> dimensions;
    private final Set<String> missingValues;
    /** Dimensions that only quota files ask for (occupation, climate worry): read from participants, never compared. */
    private final Set<String> quotaOnly;

    private SpegelConfig(Config root) {
        this.config = root.getConfig("spegel");
        this.dimensions = ConfiguredDimensions.read(config.getConfig("dimensions"));
        this.quotaOnly = Set.of();
        this.missingValues = config.getStringList("missing-values").stream()
                .map(v -> v.strip().toLowerCase(Locale.ROOT))
                .collect(Collectors.toUnmodifiableSet());
        ConfigTypeCheck.check(root);
        inputEncoding(); // fail early on an unknown encoding name
        try {
            ageBands(); // fail early on malformed bands
        } catch (IllegalArgumentException e) {
            throw new ConfigException.BadValue(
                    root.getValue("spegel.age-bands").origin(), "spegel.age-bands", e.getMessage());
        }
    }

    /**
     * These settings with column dimensions added: ones that only quotas compare (see {@link #withQuotaColumns})
     * or, with {@code quotaOnlyColumns} false, ones a survey benchmark compares ({@link #withSurveyColumns}).
     */
    private SpegelConfig(SpegelConfig base, List<DimensionScheme> quotaColumns, boolean quotaOnlyColumns) {
        this.config = base.config;
        Map<String, DimensionScheme> all = new LinkedHashMap<>(base.dimensions);
        java.util.Set<String> only = new java.util.LinkedHashSet<>(base.quotaOnly);
        for (DimensionScheme scheme : quotaColumns) {
            if (all.putIfAbsent(scheme.code(), scheme) == null && quotaOnlyColumns) {
                only.add(scheme.code());
            }
        }
        this.dimensions = java.util.Collections.unmodifiableMap(all);
        this.missingValues = base.missingValues;
        this.quotaOnly = Set.copyOf(only);
    }

    /**
     * These settings with participant columns that a quota file names but conf has no dimension for
     * (an assembly's occupation or climate-worry quota): participants' values of them are read and
     * counted like a dimension's, so that they are protected and aggregated the same way, but they
     * are compared with quotas only, never with a population table. A code conf already has is kept.
     */
    public SpegelConfig withQuotaColumns(List<DimensionScheme> quotaColumns) {
        return quotaColumns.isEmpty() ? this : new SpegelConfig(this, quotaColumns, true);
    }

    /**
     * These settings with the participant columns that survey benchmarks compare and conf does not
     * declare (an attitudinal question such as climate worry): read from participants like any column
     * dimension, their categories the benchmark's (matched case-insensitively on trimmed text). A code
     * conf already has keeps conf's scheme. Apply before {@link #withQuotaColumns}, so that a quota on
     * the same column is matched to the compared dimension rather than made quota-only.
     */
    public SpegelConfig withSurveyColumns(List<DimensionScheme> surveyColumns) {
        return surveyColumns.isEmpty() ? this : new SpegelConfig(this, surveyColumns, false);
    }

    /** Whether a dimension was added by {@link #withQuotaColumns}: it has no population side. */
    public boolean isQuotaOnly(String code) {
        return quotaOnly.contains(code);
    }

    /**
     * The quota features (lower case) that name each dimension, besides its own code: a quota file's
     * {@code kön}, {@code age_group} or {@code geografi} ({@code spegel.quotas.feature-synonyms}).
     */
    public Map<String, List<String>> quotaFeatureSynonyms() {
        Config synonyms = config.getConfig("quotas.feature-synonyms");
        Map<String, List<String>> byDimension = new LinkedHashMap<>();
        for (String dimension : synonyms.root().keySet()) {
            byDimension.put(
                    dimension,
                    synonyms.getStringList(dimension).stream()
                            .map(v -> v.strip().toLowerCase(Locale.ROOT))
                            .toList());
        }
        return byDimension;
    }

    /** The participants' column that marks a reserve drawn after the first draw ({@code spegel.quotas.replacement-column}). */
    public String replacementColumn() {
        return config.getString("quotas.replacement-column").strip().toLowerCase(Locale.ROOT);
    }

    public static SpegelConfig defaults() {
        return load(Optional.empty());
    }

    /** Defaults, then the user's file (if any), then system properties. */
    public static SpegelConfig load(Optional<Path> userFile) {
        return of(layered(userFile), userFile);
    }

    /**
     * The whole configuration tree, resolved: the defaults, overlaid by the user's file (if any),
     * overlaid by {@code -Dspegel.KEY=VALUE}. Every top-level section of the file is kept, so a
     * job file's own {@code job { }} section can be read from it; {@link #of} takes the
     * {@code spegel} section.
     *
     * @throws InputException naming the file (and line) when it is missing or not valid HOCON
     */
    public static Config layered(Optional<Path> userFile) {
        Config defaults = ConfigFactory.parseResources(
                SpegelConfig.class.getClassLoader(),
                DEFAULTS_RESOURCE,
                ConfigParseOptions.defaults().setAllowMissing(false));
        Config merged = defaults;
        if (userFile.isPresent()) {
            Path file = userFile.get();
            if (!Files.isRegularFile(file)) {
                throw InputException.ofFile(file, "configuration file not found");
            }
            try {
                merged = ConfigFactory.parseFile(
                                file.toFile(),
                                ConfigParseOptions.defaults()
                                        .setAllowMissing(false)
                                        .setIncluder(new ContainedIncludes(file)))
                        .withFallback(defaults);
            } catch (ConfigException e) {
                throw error(file, e);
            }
        }
        try {
            return spegelSystemProperties().withFallback(merged).resolve();
        } catch (ConfigException e) {
            throw error(userFile.orElse(Path.of("conf/spegel.conf")), e);
        }
    }

    /** The settings of a tree from {@link #layered}; a mistake is reported against {@code userFile}. */
    public static SpegelConfig of(Config layered, Optional<Path> userFile) {
        try {
            return new SpegelConfig(layered);
        } catch (ConfigException | IllegalArgumentException e) {
            Path file = userFile.orElse(Path.of("conf/spegel.conf"));
            throw e instanceof ConfigException c ? error(file, c) : InputException.ofFile(file, e.getMessage());
        }
    }

    /**
     * A configuration mistake as a one-line {@link InputException}: {@code file:line: message}, the
     * line taken from where the offending value was written (when it was written in {@code file}).
     */
    public static InputException error(Path file, ConfigException e) {
        String message = e.getMessage() == null ? e.toString() : e.getMessage();
        long line = 0;
        if (e.origin() != null) {
            String where = e.origin().description();
            if (message.startsWith(where + ": ")) {
                message = message.substring(where.length() + 2);
            }
            String origin = e.origin().filename();
            boolean inFile = origin != null
                    && Path.of(origin)
                            .toAbsolutePath()
                            .normalize()
                            .equals(file.toAbsolutePath().normalize());
            if (inFile) {
                line = Math.max(0, e.origin().lineNumber());
            } else {
                message = message + " (set in " + where + ")";
            }
        }
        return new InputException(
                file, line, 0, null, message.replaceAll("\\s*\\R\\s*", " ").strip());
    }

    /**
     * The {@code -Dspegel.*} properties as they are now. Not {@code ConfigFactory.systemProperties()}:
     * that is cached on first use, so a property set later in the same JVM would be ignored.
     */
    private static Config spegelSystemProperties() {
        java.util.Properties spegel = new java.util.Properties();
        for (String name : System.getProperties().stringPropertyNames()) {
            if (name.startsWith("spegel.")) {
                String value = System.getProperty(name);
                if (value != null) {
                    spegel.setProperty(name, value);
                }
            }
        }
        return ConfigFactory.parseProperties(
                spegel, ConfigParseOptions.defaults().setOriginDescription("system properties"));
    }

    public Map<String, DimensionScheme> dimensions() {
        return dimensions;
    }

    public DimensionScheme dimension(String code) {
        return dimensions.get(code);
    }

    /** The "no answer" values, trimmed and in lower case. */
    public Set<String> missingValues() {
        return Set.copyOf(missingValues);
    }

    public boolean isMissing(String value) {
        return value == null || missingValues.contains(value.strip().toLowerCase(Locale.ROOT));
    }

    public AgeBands ageBands() {
        return AgeBands.parse(config.getStringList("age-bands"));
    }

    public int maxPlausibleAge() {
        return config.getInt("max-plausible-age");
    }

    public List<List<String>> intersections() {
        List<List<String>> result = new ArrayList<>();
        for (Object pair : config.getList("intersections").unwrapped()) {
            result.add(((List<?>) pair).stream().map(Object::toString).toList());
        }
        return result;
    }

    public List<String> stagesOf(Method method) {
        return config.getStringList("methods." + method.code() + ".stages");
    }

    public String methodLabel(String methodCode, String lang) {
        String path = "methods." + methodCode + ".labels." + lang;
        return config.hasPath(path) ? config.getString(path) : methodCode;
    }

    public String stageLabel(String stage, String lang) {
        String path = "stage-labels." + stage + "." + lang;
        return config.hasPath(path) ? config.getString(path) : stage;
    }

    public ColumnAliases columnAliases() {
        Config aliases = config.getConfig("column-aliases");
        Map<String, List<String>> byColumn = new LinkedHashMap<>();
        for (String column : aliases.root().keySet()) {
            byColumn.put(column, aliases.getStringList(column));
        }
        return new ColumnAliases(byColumn);
    }

    /**
     * The declared encoding of CSV inputs (spegel.input.encoding); empty for "auto" (detect it).
     */
    public Optional<java.nio.charset.Charset> inputEncoding() {
        String name = config.getString("input.encoding").strip();
        if (name.equalsIgnoreCase("auto")) {
            return Optional.empty();
        }
        try {
            return Optional.of(java.nio.charset.Charset.forName(name));
        } catch (IllegalArgumentException e) {
            throw new ConfigException.BadValue(
                    config.getValue("input.encoding").origin(),
                    "spegel.input.encoding",
                    "unknown encoding '" + name + "'; use auto, utf-8 or windows-1252");
        }
    }

    /**
     * These settings with one key (a full path such as {@code spegel.input.encoding}) replaced, e.g. by a
     * command-line option that overrides conf.
     *
     * @throws ConfigException when the value does not fit the key
     */
    public SpegelConfig with(String path, String value) {
        return new SpegelConfig(
                ConfigFactory.parseMap(Map.of(path, value), "command line").withFallback(config.atKey("spegel")));
    }

    public double ciLevel() {
        return config.getDouble("statistics.ci-level");
    }
    /**
     * The smallest count published: conf's {@code disclosure.min-count}, or 1 (every count as it
     * is: an analyst's internal run) when {@code disclosure.enabled} is false.
     */
    public int disclosureMinCount() {
        return config.getBoolean("disclosure.enabled") ? config.getInt("disclosure.min-count") : 1;
    }
    /** The salt of every participant's record key for the cell key method; a new salt changes all noise. */
    public String disclosureKeySalt() {
        return config.getString("disclosure.key-salt");
    }

    public int verdictMinN() {
        return config.getInt("verdict.min-n");
    }

    public int verdictReplicates() {
        return config.getInt("verdict.replicates");
    }

    public int verdictBootstrapSamples() {
        return config.getInt("verdict.bootstrap-samples");
    }

    public double verdictAlpha() {
        return config.getDouble("verdict.alpha");
    }

    public double verdictAlphaBetter() {
        return config.getDouble("verdict.alpha-better");
    }

    public double verdictModerateExcess() {
        return config.getDouble("verdict.moderate-excess");
    }

    public double verdictLargeExcess() {
        return config.getDouble("verdict.large-excess");
    }

    public int compareBootstrapSamples() {
        return config.getInt("compare.bootstrap-samples");
    }

    public long compareSeed() {
        return config.getLong("compare.seed");
    }

    public int funnelChanceSamples() {
        return config.getInt("funnel.chance-samples");
    }

    public double funnelChanceLevel() {
        return config.getDouble("funnel.chance-level");
    }

    public List<String> rIndicatorVariables() {
        return config.getStringList("r-indicator.variables");
    }

    public int rIndicatorBootstrapSamples() {
        return config.getInt("r-indicator.bootstrap-samples");
    }

    public String reportLang() {
        return config.getString("report.lang");
    }

    public double dissimilarityLow() {
        return config.getDouble("report.dissimilarity-low");
    }

    public double dissimilarityHigh() {
        return config.getDouble("report.dissimilarity-high");
    }

    public boolean reportPngCharts() {
        return config.getBoolean("report.png-charts");
    }
    /** Process reports rendered at a time: the conf value, or one per core for 0. */
    public int reportThreads() {
        int threads = config.getInt("report.threads");
        return threads == 0 ? Runtime.getRuntime().availableProcessors() : threads;
    }

    public String sparkMaster() {
        return config.getString("spark.master");
    }

    public int sparkShufflePartitions() {
        return config.getInt("spark.shuffle-partitions");
    }

    public boolean sparkUi() {
        return config.getBoolean("spark.ui");
    }

    /** The effective configuration as JSON, for run.json. */
    public String renderJson() {
        return config.root().render(ConfigRenderOptions.concise());
    }
}
