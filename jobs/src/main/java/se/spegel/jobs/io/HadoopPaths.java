package se.spegel.jobs.io;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;

/**
 * Inputs on any Hadoop file system ({@code file://}, {@code hdfs://}, {@code s3a://} …). Spegel
 * reads its inputs on the driver, from local files, so an input given as a URI is fetched
 * through Hadoop's FileSystem API into a local copy (same file name, in a temporary folder
 * removed when the JVM exits) and read from there; a plain path is read where it is. run.json,
 * the rejects and error messages name the URI, not the copy ({@link #origin}).
 */
public final class HadoopPaths {
    /** {@code scheme:/…}; a scheme of two letters or more, so that {@code C:\data} stays a path. */
    private static final Pattern URI_LOCATION = Pattern.compile("^[A-Za-z][A-Za-z0-9+.-]+:/.*");
    private static final String SPARK_HADOOP_PREFIX = "spark.hadoop.";
    private static final Map<String, String> ORIGINS = new ConcurrentHashMap<>();

    private HadoopPaths() {}

    /** Whether a location names a file system by its scheme ({@code hdfs://nn/x}) rather than being a plain path. */
    public static boolean isUri(String location) {
        return URI_LOCATION.matcher(location).matches();
    }

    /**
     * The local file to read for a location: a plain path as it is, a URI's file (or folder,
     * say of Parquet part files) copied to this machine.
     *
     * @throws FileNotFoundException naming the URI when nothing is there
     */
    public static Path input(String location) throws IOException {
        if (!isUri(location)) {
            return Path.of(location);
        }
        // the String form drops a trailing slash, so a folder keeps its name
        org.apache.hadoop.fs.Path source = new org.apache.hadoop.fs.Path(location);
        URI uri = source.toUri();
        Path local = TemporaryFolders.create("spegel-input-").resolve(source.getName());
        try (FileSystem fs = fileSystem(uri)) {
            if (!fs.exists(source)) {
                throw new FileNotFoundException(location + ": file not found");
            }
            // the raw local file system writes no .crc files next to the copy
            fs.copyToLocalFile(false, source, new org.apache.hadoop.fs.Path(local.toUri()), true);
        }
        ORIGINS.put(local.toString(), location);
        return local;
    }

    /** Remembers what a file stands for in messages, rejects and run.json (a URI Spark reads where it lies). */
    public static void remember(Path file, String origin) {
        ORIGINS.put(file.toString(), origin);
    }

    /** The URI a local copy was fetched from; any other file as it is named. */
    public static String origin(Path file) {
        return origin(file.toString());
    }

    /** {@link #origin(Path)} for a file name as text (as rejects carry it). */
    public static String origin(String file) {
        return ORIGINS.getOrDefault(file, file);
    }

    /** A message with every local copy named by its URI instead (error messages name the file read). */
    public static String withOrigins(String message) {
        String result = message;
        for (Map.Entry<String, String> copy : ORIGINS.entrySet()) {
            result = result.replace(copy.getKey(), copy.getValue());
        }
        return result;
    }

    /**
     * Hadoop's settings as Spark would give them: the {@code *-site.xml} files on the class
     * path (HADOOP_CONF_DIR under spark-submit), then every {@code spark.hadoop.KEY} that
     * spark-submit set (e.g. {@code --conf spark.hadoop.fs.s3a.endpoint=…}) as {@code KEY}.
     */
    static Configuration configuration() {
        Configuration conf = new Configuration();
        System.getProperties().stringPropertyNames().stream()
                .filter(key -> key.startsWith(SPARK_HADOOP_PREFIX))
                .forEach(key -> conf.set(key.substring(SPARK_HADOOP_PREFIX.length()), System.getProperty(key)));
        return conf;
    }

    /** A file system instance of the caller's own (to close), not Hadoop's shared cached one. */
    public static FileSystem fileSystem(URI uri) throws IOException {
        FileSystem fs = FileSystem.newInstance(uri, configuration());
        // on file:// Hadoop would leave a .crc file next to every file it writes
        fs.setWriteChecksum(false);
        return fs;
    }
}
