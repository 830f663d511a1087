package se.spegel.jobs.io;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Participants that Spark reads where they lie, named on the command line or in a job file:
 * {@code FORMAT:LOCATION} for any Spark data source ({@code orc:hdfs://nn/p.orc},
 * {@code json:/data/p.json}, {@code parquet:s3a://b/p}, {@code delta:…} when its package is on
 * the class path), {@code table:NAME} for a table of Spark's catalog, and a Parquet file or
 * folder given as a Hadoop URI ({@code hdfs://}, {@code s3a://}, {@code file:}), which is not
 * copied to the driver (other inputs given as URIs still are, {@link HadoopPaths#input}). Each
 * stands as a {@link Path} that names it (for messages and run.json) and is looked up here.
 */
public final class SparkSources {
    /** The pseudo-format of a catalog table. */
    public static final String TABLE = "table";

    private static final Pattern SPEC = Pattern.compile("^([A-Za-z][A-Za-z0-9_.]+):(?!//)(.+)$");
    /** Hadoop file system schemes, which a {@code scheme:/path} names rather than a format. */
    private static final Set<String> SCHEMES = Set.of(
            "file",
            "hdfs",
            "s3",
            "s3a",
            "s3n",
            "gs",
            "abfs",
            "abfss",
            "wasb",
            "wasbs",
            "viewfs",
            "webhdfs",
            "swebhdfs",
            "har",
            "o3fs",
            "ofs",
            "oss",
            "cos",
            "cosn",
            "adl");

    private static final Map<String, Source> BY_NAME = new ConcurrentHashMap<>();

    /** A Spark data source (format) and what it reads (a path, a URI or a table name); parquet for Parquet URIs. */
    public record Source(String format, String location) implements java.io.Serializable {
        public boolean isParquet() {
            return format.equals("parquet");
        }
    }

    private SparkSources() {}

    /**
     * The participants location as a name Spark reads it by, when it is a data source or a
     * Parquet URI; empty for a plain path or another URI.
     */
    public static Optional<Path> of(String location) throws IOException {
        Optional<Source> source = parse(location);
        if (source.isEmpty() && HadoopPaths.isUri(location) && isParquet(location)) {
            source = Optional.of(new Source("parquet", location));
        }
        return source.map(s -> {
            Path name = Path.of(location.replace('/', java.io.File.separatorChar));
            BY_NAME.put(name.toString(), s);
            HadoopPaths.remember(name, location);
            return name;
        });
    }

    /** What Spark reads for a name made by {@link #of}; empty for any other file. */
    public static Optional<Source> source(Path file) {
        return Optional.ofNullable(BY_NAME.get(file.toString()));
    }

    static Optional<Source> parse(String location) {
        Matcher spec = SPEC.matcher(location);
        if (!spec.matches() || SCHEMES.contains(spec.group(1).toLowerCase(Locale.ROOT))) {
            return Optional.empty();
        }
        return Optional.of(new Source(spec.group(1).toLowerCase(Locale.ROOT), spec.group(2)));
    }

    /** A URI naming a .parquet file or a folder (of parts, as Spark writes Parquet). */
    private static boolean isParquet(String location) throws IOException {
        String trimmed = location.endsWith("/") ? location.substring(0, location.length() - 1) : location;
        if (trimmed.toLowerCase(Locale.ROOT).endsWith(".parquet")) {
            return true;
        }
        org.apache.hadoop.fs.Path path = new org.apache.hadoop.fs.Path(location);
        try (org.apache.hadoop.fs.FileSystem fs = HadoopPaths.fileSystem(path.toUri())) {
            return fs.exists(path) && fs.getFileStatus(path).isDirectory();
        }
    }
}
