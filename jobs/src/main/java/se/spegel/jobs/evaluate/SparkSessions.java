package se.spegel.jobs.evaluate;

import org.apache.spark.sql.SparkSession;
import se.spegel.schema.config.SpegelConfig;

/** Creates the Spark session: embedded local[*] by default, quiet, no web UI. */
public final class SparkSessions {
    private SparkSessions() {}

    public static SparkSession create(SpegelConfig config, String masterOverride) {
        // under spark-submit the master comes from spark-submit itself
        String submitted = System.getProperty("spark.master");
        String master = masterOverride != null ? masterOverride : submitted != null ? "" : config.sparkMaster();
        SparkSession.Builder builder = SparkSession.builder()
                .appName("spegel")
                .config("spark.ui.enabled", config.sparkUi())
                .config("spark.sql.shuffle.partitions", config.sparkShufflePartitions())
                .config("spark.sql.adaptive.enabled", true)
                .config("spark.sql.session.timeZone", "UTC")
                // wide cell tables (one column per dimension) make long plans; no need to warn about it
                .config("spark.sql.debug.maxToStringFields", 1000);
        if (master.startsWith("local")) {
            // a laptop run needs no network: bind the driver to loopback
            builder.master(master)
                    .config("spark.driver.host", "127.0.0.1")
                    .config("spark.driver.bindAddress", "127.0.0.1")
                    // a task's result (its cell table and identity hashes, tens of MB at national
                    // scale) handed over in memory, not stored and fetched back over loopback: ~1 s at 10 M
                    .config("spark.task.maxDirectResultSize", "128m");
        } else if (!master.isBlank()) {
            builder.master(master);
        }
        SparkSession spark = builder.getOrCreate();
        spark.sparkContext().setLogLevel("WARN");
        return spark;
    }
}
