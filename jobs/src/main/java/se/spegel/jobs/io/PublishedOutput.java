package se.spegel.jobs.io;

import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import org.apache.hadoop.fs.FileSystem;

/**
 * An output folder on any Hadoop file system. Spegel writes its output to a local folder (as
 * for a plain path); for a URI that folder is temporary and {@link #publish} then copies each
 * finished entry to the target: first into a staging folder beside the entries
 * ({@code <out>/.spegel-staging-<uuid>/}), then renamed over the old entry one by one. Where
 * rename is atomic (HDFS, local disks) a reader never sees a half-written entry and a run that
 * fails keeps the previous output; on object stores (s3a) rename is a copy, so only the staging
 * step protects the previous output. Other entries of the folder (reports/) are left alone.
 */
public final class PublishedOutput implements AutoCloseable {
    private final String location;
    private final Path local;

    private PublishedOutput(String location, Path local) {
        this.location = location;
        this.local = local;
    }

    /** The output at a plain path or a URI. */
    public static PublishedOutput at(String location) throws IOException {
        if (!HadoopPaths.isUri(location)) {
            return new PublishedOutput(location, Path.of(location));
        }
        return new PublishedOutput(location, TemporaryFolders.create("spegel-output-"));
    }

    /** The local folder to write to. */
    public Path local() {
        return local;
    }

    /** Where an entry ends up, as the user named the output ({@code hdfs://nn/out/metrics}). */
    public String display(String entry) {
        return remote()
                ? location.replaceAll("/+$", "") + "/" + entry
                : local.resolve(entry).toString();
    }

    /** Copies the named entries of the local folder to the target URI, saying so; nothing to do for a plain path. */
    public void publish(List<String> entries, PrintStream progress) throws IOException {
        if (!remote()) {
            return;
        }
        long start = System.nanoTime();
        org.apache.hadoop.fs.Path target = new org.apache.hadoop.fs.Path(location);
        URI uri = target.toUri();
        org.apache.hadoop.fs.Path staging =
                new org.apache.hadoop.fs.Path(target, ".spegel-staging-" + UUID.randomUUID());
        try (FileSystem fs = HadoopPaths.fileSystem(uri)) {
            try {
                fs.mkdirs(staging);
                for (String entry : entries) {
                    Path from = local.resolve(entry);
                    if (Files.exists(from)) {
                        fs.copyFromLocalFile(
                                false,
                                true,
                                new org.apache.hadoop.fs.Path(from.toUri()),
                                new org.apache.hadoop.fs.Path(staging, entry));
                    }
                }
                for (String entry : entries) {
                    moveOver(
                            fs,
                            new org.apache.hadoop.fs.Path(staging, entry),
                            new org.apache.hadoop.fs.Path(target, entry));
                }
            } finally {
                fs.delete(staging, true);
            }
        }
        progress.printf(
                "  published %s to %s in %.1f s%n",
                String.join(", ", entries), location, (System.nanoTime() - start) / 1e9);
    }

    private static void moveOver(FileSystem fs, org.apache.hadoop.fs.Path from, org.apache.hadoop.fs.Path to)
            throws IOException {
        if (!fs.exists(from)) {
            return;
        }
        fs.delete(to, true);
        if (!fs.rename(from, to)) {
            throw new IOException("could not move " + from + " to " + to);
        }
    }

    private boolean remote() {
        return HadoopPaths.isUri(location);
    }

    /** Removes the local folder of a URI output (a plain path's folder is the output itself). */
    @Override
    public void close() {
        if (remote()) {
            TemporaryFolders.delete(local);
        }
    }
}
