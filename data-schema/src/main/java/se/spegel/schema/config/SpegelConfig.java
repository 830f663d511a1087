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

    private SpegelConfig(Config root) {
        this.config = root.getConfig("spegel");
        this.dimensions = readDimensions(config.getConfig("dimensions"));
        this.missingValues = config.getStringList("missing-values").stream()
                .map(v -> v.strip().toLowerCase(Locale.ROOT)).collect(Collectors.toUnmodifiableSet());
        ageBands(); // fail early on malformed bands
    }

    public static SpegelConfig defaults() {
        return load(Optional.empty());
    }

    /** Defaults, then the user's file (if any), then system properties. */
    public static SpegelConfig load(Optional<Path> userFile) {
        Config defaults = ConfigFactory.parseResources(SpegelConfig.class.getClassLoader(), DEFAULTS_RESOURCE,
                ConfigParseOptions.defaults().setAllowMissing(false));
        Config merged = defaults;
        if (userFile.isPresent()) {
            Path file = userFile.get();
            if (!Files.isRegularFile(file)) {
                throw InputException.ofFile(file, "configuration file not found");
            }
            try {
                merged = ConfigFactory.parseFile(file.toFile()).withFallback(defaults);
            } catch (ConfigException e) {
                throw InputException.ofFile(file, e.getMessage());
            }
        }
        Config resolved = spegelSystemProperties().withFallback(merged).resolve();
        try {
            return new SpegelConfig(resolved);
        } catch (ConfigException | IllegalArgumentException e) {
            throw InputException.ofFile(userFile.orElse(Path.of("conf/spegel.conf")), e.getMessage());
        }
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
        return ConfigFactory.parseProperties(spegel,
                ConfigParseOptions.defaults().setOriginDescription("system properties"));
    }

    private static Map<String, DimensionScheme> readDimensions(Config dims) {
        Map<String, DimensionScheme> result = new LinkedHashMap<>();
        for (String code : dims.root().keySet().stream().sorted(dimensionOrder(dims)).toList()) {
            Config dim = dims.getConfig(code);
            DimensionSource source = DimensionSource.valueOf(dim.getString("source").toUpperCase(Locale.ROOT));
            List<CategoryDef> categories = new ArrayList<>();
            if (dim.hasPath("categories")) {
                for (Config category : dim.getConfigList("categories")) {
                    categories.add(new CategoryDef(category.getString("code"), labels(category),
                            category.hasPath("synonyms") ? category.getStringList("synonyms") : List.of()));
                }
            }
            result.put(code, new DimensionScheme(code, labels(dim), source, categories));
        }
        return result;
    }

    /** HOCON objects have no order; dimensions are shown in a fixed order, user dimensions last. */
    private static java.util.Comparator<String> dimensionOrder(Config dims) {
        List<String> preferred = List.of("age", "gender", "education", "origin", "district");
        return java.util.Comparator.<String>comparingInt(c -> preferred.contains(c) ? preferred.indexOf(c) : preferred.size())
                .thenComparing(c -> c);
    }

    private static Map<String, String> labels(Config owner) {
        Map<String, String> labels = new LinkedHashMap<>();
        if (owner.hasPath("labels")) {
            Config config = owner.getConfig("labels");
            for (String lang : config.root().keySet()) {
                labels.put(lang, config.getString(lang));
            }
        }
        return labels;
    }

    public Map<String, DimensionScheme> dimensions() { return dimensions; }

    public DimensionScheme dimension(String code) {
        return dimensions.get(code);
    }

    public boolean isMissing(String value) {
        return value == null || missingValues.contains(value.strip().toLowerCase(Locale.ROOT));
    }

    public AgeBands ageBands() {
        return AgeBands.parse(config.getStringList("age-bands"));
    }

    public int maxPlausibleAge() { return config.getInt("max-plausible-age"); }

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

    public double ciLevel() { return config.getDouble("statistics.ci-level"); }
    public int disclosureMinCount() { return config.getInt("disclosure.min-count"); }
    public String reportLang() { return config.getString("report.lang"); }
    public double dissimilarityLow() { return config.getDouble("report.dissimilarity-low"); }
    public double dissimilarityHigh() { return config.getDouble("report.dissimilarity-high"); }
    public String sparkMaster() { return config.getString("spark.master"); }
    public int sparkShufflePartitions() { return config.getInt("spark.shuffle-partitions"); }
    public boolean sparkUi() { return config.getBoolean("spark.ui"); }

    /** The effective configuration as JSON, for run.json. */
    public String renderJson() {
        return config.root().render(ConfigRenderOptions.concise());
    }
}
