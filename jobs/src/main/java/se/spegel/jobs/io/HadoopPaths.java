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
 * reads its small inputs (processes, population, areas, CSV, Excel and Pabulib participants) on
 * the driver: an input given as a URI is streamed from its file system through Hadoop's
 * FileSystem API ({@link #input}), never copied to the driver's disk; a plain path is read where
 * it is. run.json, the rejects and error messages name the URI as the user wrote it
 * ({@link #origin}).
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
     * The file to read for a location: a plain path as it is; a URI as a path of a read-only
     * java.nio view of its Hadoop file system ({@link HadoopNioProvider}), which the readers open,
     * list and seek like a local file while every byte is streamed from where it lies. Nothing is
     * copied to the driver's disk. The path prints as the URI.
     *
     * @throws FileNotFoundException naming the URI when nothing is there
     */
    public static Path input(String location) throws IOException {
        if (!isUri(location)) {
            return Path.of(location);
        }
        // the String form drops a trailing slash, so a folder keeps its name
        org.apache.hadoop.fs.Path source = new org.apache.hadoop.fs.Path(location);
        Path path = HadoopNioProvider.path(source);
        if (!java.nio.file.Files.exists(path)) {
            throw new FileNotFoundException(location + ": file not found");
        }
        ORIGINS.put(path.toString(), location);
        return path;
    }

    /** Whether a path is on a Hadoop file system rather than the local disk ({@link #input} of a URI). */
    public static boolean isRemote(Path file) {
        return file instanceof HadoopNioPath;
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
