package se.spegel.jobs;

import org.apache.spark.sql.SparkSession;

/** One local Spark session for all tests of a JVM: starting Spark costs seconds. */
public final class SharedSpark {
    private static SparkSession spark;

    private SharedSpark() {}

    public static synchronized SparkSession get() {
        // a CLI test may have stopped the session by closing its own getOrCreate() handle
        if (spark == null || spark.sparkContext().isStopped()) {
            spark = SparkSession.builder()
                    .master("local[2]")
                    .appName("spegel-tests")
                    .config("spark.ui.enabled", false)
                    .config("spark.sql.shuffle.partitions", 4)
                    .config("spark.driver.host", "127.0.0.1")
                    .config("spark.driver.bindAddress", "127.0.0.1")
                    .getOrCreate();
            spark.sparkContext().setLogLevel("WARN");
        }
        return spark;
    }
}
