package se.spegel.jobs.io;

import java.io.File;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.FileSystem;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.ProviderMismatchException;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.util.ArrayList;
import java.util.List;

/**
 * A path on a {@link HadoopNioFileSystem}: names under the file system's root (absolute) or
 * relative names (as {@link #relativize} gives). An absolute path prints as its URI
 * ({@code hdfs://namenode:8020/spegel/processes.csv}).
 */
final class HadoopNioPath implements Path {
    private final HadoopNioFileSystem fs;
    private final boolean absolute;
    private final List<String> names;

    HadoopNioPath(HadoopNioFileSystem fs, boolean absolute, List<String> names) {
        this.fs = fs;
        this.absolute = absolute;
        this.names = List.copyOf(names);
    }

    /** The path as Hadoop names it. */
    org.apache.hadoop.fs.Path hadoop() {
        if (!absolute) {
            throw new IllegalStateException("a relative path has no file on the file system: " + this);
        }
        return new org.apache.hadoop.fs.Path(toUri());
    }

    HadoopNioFileSystem hadoopFileSystem() {
        return fs;
    }

    private static HadoopNioPath of(Path other) {
        if (other instanceof HadoopNioPath path) {
            return path;
        }
        throw new ProviderMismatchException(String.valueOf(other));
    }

    @Override
    public FileSystem getFileSystem() {
        return fs;
    }

    @Override
    public boolean isAbsolute() {
        return absolute;
    }

    @Override
    public Path getRoot() {
        return absolute ? new HadoopNioPath(fs, true, List.of()) : null;
    }

    @Override
    public Path getFileName() {
        return names.isEmpty() ? null : new HadoopNioPath(fs, false, List.of(names.get(names.size() - 1)));
    }

    @Override
    public Path getParent() {
        if (names.isEmpty() || (!absolute && names.size() == 1)) {
            return null;
        }
        return new HadoopNioPath(fs, absolute, names.subList(0, names.size() - 1));
    }

    @Override
    public int getNameCount() {
        return names.size();
    }

    @Override
    public Path getName(int index) {
        return new HadoopNioPath(fs, false, List.of(names.get(index)));
    }

    @Override
    public Path subpath(int beginIndex, int endIndex) {
        return new HadoopNioPath(fs, false, names.subList(beginIndex, endIndex));
    }

    @Override
    public boolean startsWith(Path other) {
        HadoopNioPath o = of(other);
        return o.fs == fs
                && o.absolute == absolute
                && names.size() >= o.names.size()
                && names.subList(0, o.names.size()).equals(o.names);
    }

    @Override
    public boolean endsWith(Path other) {
        HadoopNioPath o = of(other);
        if (o.absolute) {
            return equals(o);
        }
        return names.size() >= o.names.size()
                && names.subList(names.size() - o.names.size(), names.size()).equals(o.names);
    }

    @Override
    public Path normalize() {
        List<String> result = new ArrayList<>();
        for (String name : names) {
            if (name.equals(".")) {
                continue;
            }
            if (name.equals("..")
                    && !result.isEmpty()
                    && !result.get(result.size() - 1).equals("..")) {
                result.remove(result.size() - 1);
            } else if (!(name.equals("..") && absolute)) {
                result.add(name);
            }
        }
        return new HadoopNioPath(fs, absolute, result);
    }

    @Override
    public Path resolve(Path other) {
        HadoopNioPath o = other instanceof HadoopNioPath p ? p : (HadoopNioPath) fs.getPath(other.toString());
        if (o.absolute) {
            return o;
        }
        List<String> joined = new ArrayList<>(names);
        joined.addAll(o.names);
        return new HadoopNioPath(fs, absolute, joined);
    }

    @Override
    public Path relativize(Path other) {
        HadoopNioPath o = of(other);
        if (o.absolute != absolute) {
            throw new IllegalArgumentException("one path is absolute, the other is not: " + this + ", " + other);
        }
        int common = 0;
        while (common < names.size()
                && common < o.names.size()
                && names.get(common).equals(o.names.get(common))) {
            common++;
        }
        List<String> result = new ArrayList<>();
        for (int i = common; i < names.size(); i++) {
            result.add("..");
        }
        result.addAll(o.names.subList(common, o.names.size()));
        return new HadoopNioPath(fs, false, result);
    }

    @Override
    public URI toUri() {
        if (!absolute) {
            throw new IllegalStateException("a relative path has no URI: " + this);
        }
        URI root = fs.root();
        try {
            return new URI(root.getScheme(), root.getAuthority(), "/" + String.join("/", names), null, null);
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException(e);
        }
    }

    @Override
    public Path toAbsolutePath() {
        return absolute ? this : new HadoopNioPath(fs, true, names);
    }

    @Override
    public Path toRealPath(LinkOption... options) {
        return toAbsolutePath();
    }

    @Override
    public File toFile() {
        throw new UnsupportedOperationException(this + " is not on the local file system");
    }

    @Override
    public WatchKey register(WatchService watcher, WatchEvent.Kind<?>[] events, WatchEvent.Modifier... modifiers) {
        throw new UnsupportedOperationException();
    }

    @Override
    public int compareTo(Path other) {
        return toString().compareTo(other.toString());
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof HadoopNioPath o && o.fs == fs && o.absolute == absolute && o.names.equals(names);
    }

    @Override
    public int hashCode() {
        return names.hashCode() * 31 + (absolute ? 1 : 0);
    }

    @Override
    public String toString() {
        String joined = String.join("/", names);
        return absolute ? fs.prefix() + "/" + joined : joined;
    }
}
