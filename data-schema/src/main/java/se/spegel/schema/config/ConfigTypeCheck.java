package se.spegel.schema.config;

import com.typesafe.config.Config;
import com.typesafe.config.ConfigException;
import com.typesafe.config.ConfigUtil;
import java.util.List;
import se.spegel.schema.Method;

/** The load-time check of every scalar setting of {@link SpegelConfig}. */
final class ConfigTypeCheck {
    private ConfigTypeCheck() {}

    /**
     * Reads every scalar setting once, by its full path, so that a value of the wrong type
     * (say {@code spegel.disclosure.min-count = "ten"}) stops the run at load time with the key
     * named, not halfway through a Spark job.
     */
    static void check(Config root) {
        root.getInt("spegel.max-plausible-age");
        root.getStringList("spegel.age-bands");
        for (Object pair : root.getList("spegel.intersections").unwrapped()) {
            if (!(pair instanceof List<?>)) {
                throw new ConfigException.WrongType(
                        root.getList("spegel.intersections").origin(),
                        "spegel.intersections must be a list of lists of dimension codes, e.g. [[\"age\", \"gender\"]]");
            }
        }
        for (Method method : Method.values()) {
            root.getStringList("spegel.methods." + method.code() + ".stages");
        }
        Config aliases = root.getConfig("spegel.column-aliases");
        for (String column : aliases.root().keySet()) {
            root.getStringList(ConfigUtil.joinPath("spegel", "column-aliases", column));
        }
        root.getString("spegel.input.encoding");
        Config quotaSynonyms = root.getConfig("spegel.quotas.feature-synonyms");
        for (String dimension : quotaSynonyms.root().keySet()) {
            root.getStringList(ConfigUtil.joinPath("spegel", "quotas", "feature-synonyms", dimension));
        }
        root.getString("spegel.quotas.replacement-column");
        root.getDouble("spegel.statistics.ci-level");
        root.getInt("spegel.disclosure.min-count");
        root.getBoolean("spegel.disclosure.enabled");
        root.getString("spegel.disclosure.key-salt");
        root.getInt("spegel.verdict.min-n");
        root.getInt("spegel.verdict.replicates");
        root.getInt("spegel.verdict.bootstrap-samples");
        root.getDouble("spegel.verdict.alpha");
        root.getDouble("spegel.verdict.alpha-better");
        root.getDouble("spegel.verdict.moderate-excess");
        root.getDouble("spegel.verdict.large-excess");
        root.getInt("spegel.compare.bootstrap-samples");
        root.getLong("spegel.compare.seed");
        if (root.getInt("spegel.funnel.chance-samples") < 1) {
            throw new IllegalArgumentException("spegel.funnel.chance-samples must be at least 1");
        }
        double chanceLevel = root.getDouble("spegel.funnel.chance-level");
        if (!(chanceLevel > 0 && chanceLevel < 1)) {
            throw new IllegalArgumentException("spegel.funnel.chance-level must lie between 0 and 1");
        }
        int modelSize = root.getStringList("spegel.r-indicator.variables").size();
        if (modelSize < 1 || modelSize > 2) {
            throw new IllegalArgumentException("spegel.r-indicator.variables must name one or two dimensions");
        }
        if (root.getInt("spegel.r-indicator.bootstrap-samples") < 2) {
            throw new IllegalArgumentException("spegel.r-indicator.bootstrap-samples must be at least 2");
        }
        root.getString("spegel.report.lang");
        root.getDouble("spegel.report.dissimilarity-low");
        root.getDouble("spegel.report.dissimilarity-high");
        root.getBoolean("spegel.report.png-charts");
        if (root.getInt("spegel.report.threads") < 0) {
            throw new IllegalArgumentException("spegel.report.threads must be 0 (one per core) or more");
        }
        root.getString("spegel.spark.master");
        root.getInt("spegel.spark.shuffle-partitions");
        root.getBoolean("spegel.spark.ui");
    }
}
