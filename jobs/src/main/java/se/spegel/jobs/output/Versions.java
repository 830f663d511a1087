package se.spegel.jobs.output;

/** Versions recorded in run.json and shown by --version. */
public final class Versions {
    private Versions() {}

    public static String spegel() {
        String version = Versions.class.getPackage().getImplementationVersion();
        return version == null ? "dev" : version;
    }

    public static String spark() {
        return org.apache.spark.package$.MODULE$.SPARK_VERSION();
    }
}
