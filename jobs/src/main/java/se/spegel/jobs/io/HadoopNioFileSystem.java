package se.spegel.jobs.io;

import java.io.IOException;
import java.net.URI;
import java.nio.file.FileStore;
import java.nio.file.FileSystem;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.nio.file.WatchService;
import java.nio.file.attribute.UserPrincipalLookupService;
import java.nio.file.spi.FileSystemProvider;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * One Hadoop file system ({@code hdfs://namenode:8020}, {@code s3a://bucket}, {@code file:///})
 * seen through java.nio, read-only: the driver's readers (CSV, Excel, Pabulib, PX, Parquet
 * footers) take a {@link Path} and read it with {@code Files.newInputStream}, {@code Files.list}
 * and the like, so an input on HDFS is streamed from where it lies instead of being copied to
 * the driver's disk first ({@link HadoopPaths#input}). Paths print as their URI.
 */
final class HadoopNioFileSystem extends FileSystem {
    private final HadoopNioProvider provider;
    /** {@code hdfs://namenode:8020}, {@code file://}: what goes before a path's {@code /…}. */
    private final String prefix;

    private final URI root;
    private final org.apache.hadoop.fs.FileSystem hadoop;

    HadoopNioFileSystem(HadoopNioProvider provider, URI root, org.apache.hadoop.fs.FileSystem hadoop) {
        this.provider = provider;
        this.root = root;
        this.prefix = root.getScheme() + "://" + (root.getRawAuthority() == null ? "" : root.getRawAuthority());
        this.hadoop = hadoop;
    }

    org.apache.hadoop.fs.FileSystem hadoop() {
        return hadoop;
    }

    String prefix() {
        return prefix;
    }

    URI root() {
        return root;
    }

    @Override
    public FileSystemProvider provider() {
        return provider;
    }

    @Override
    public void close() throws IOException {
        // shared by every path of the run; closed when the JVM exits
    }

    @Override
    public boolean isOpen() {
        return true;
    }

    @Override
    public boolean isReadOnly() {
        return true;
    }

    @Override
    public String getSeparator() {
        return "/";
    }

    @Override
    public Iterable<Path> getRootDirectories() {
        return List.of(new HadoopNioPath(this, true, List.of()));
    }

    @Override
    public Iterable<FileStore> getFileStores() {
        return List.of();
    }

    @Override
    public Set<String> supportedFileAttributeViews() {
        return Set.of("basic");
    }

    @Override
    public Path getPath(String first, String... more) {
        List<String> parts = new ArrayList<>();
        parts.add(first);
        parts.addAll(Arrays.asList(more));
        String joined = String.join("/", parts);
        List<String> names =
                Arrays.stream(joined.split("/+")).filter(n -> !n.isEmpty()).toList();
        return new HadoopNioPath(this, joined.startsWith("/"), names);
    }

    @Override
    public PathMatcher getPathMatcher(String syntaxAndPattern) {
        // glob and regex as on the local file system, matched against the path's text
        PathMatcher local = java.nio.file.FileSystems.getDefault().getPathMatcher(syntaxAndPattern);
        return path -> local.matches(Path.of(path.toString()));
    }

    @Override
    public UserPrincipalLookupService getUserPrincipalLookupService() {
        throw new UnsupportedOperationException();
    }

    @Override
    public WatchService newWatchService() {
        throw new UnsupportedOperationException();
    }
}
