package se.spegel.jobs.cli;

import java.net.URISyntaxException;
import java.net.URL;
import org.apache.logging.log4j.core.LoggerContext;

/**
 * Under spark-submit Spark configures Log4j before Spegel's main runs, and where the cluster has
 * no log4j2.properties of its own it installs its INFO-level defaults: a page of start-up lines
 * around Spegel's progress. Spegel's own log4j2.properties (inside the jar, as for a local run)
 * then takes their place. A configuration the cluster or the analyst chose
 * ({@code SPARK_CONF_DIR/log4j2.properties}, {@code -Dlog4j2.configurationFile}) is left alone.
 */
final class SubmitLogging {
    static final String SPARK_DEFAULTS = "org/apache/spark/log4j2-defaults.properties";
    static final String SPEGEL_CONFIG = "log4j2.properties";

    private SubmitLogging() {}

    /** Replaces Spark's built-in logging defaults by Spegel's; does nothing under any other configuration. */
    static void replaceSparkDefaults() {
        LoggerContext context = LoggerContext.getContext(false);
        String location = context.getConfiguration().getConfigurationSource().getLocation();
        URL spegel = SubmitLogging.class.getClassLoader().getResource(SPEGEL_CONFIG);
        if (location == null || !location.endsWith(SPARK_DEFAULTS) || spegel == null) {
            return;
        }
        try {
            context.setConfigLocation(spegel.toURI());
        } catch (URISyntaxException e) {
            // a resource URL of our own jar is always a valid URI; keep Spark's defaults if not
        }
    }
}
