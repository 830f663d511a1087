package se.spegel.jobs.io;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.ByteBuffer;
import java.nio.channels.NonWritableChannelException;
import java.nio.channels.SeekableByteChannel;
import java.nio.file.AccessDeniedException;
import java.nio.file.AccessMode;
import java.nio.file.CopyOption;
import java.nio.file.DirectoryStream;
import java.nio.file.FileStore;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.OpenOption;
import java.nio.file.Path;
import java.nio.file.ReadOnlyFileSystemException;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributeView;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.FileAttributeView;
import java.nio.file.attribute.FileTime;
import java.nio.file.spi.FileSystemProvider;
import java.util.Arrays;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.hadoop.fs.FSDataInputStream;
import org.apache.hadoop.fs.FileStatus;

/**
 * The java.nio provider of {@link HadoopNioFileSystem}: read-only access to files on any Hadoop
 * file system (open, seek, list, attributes), each read streamed from where the file lies. Not
 * installed as a system provider; {@link HadoopPaths#input} hands out its paths.
 */
final class HadoopNioProvider extends FileSystemProvider {
    static final HadoopNioProvider INSTANCE = new HadoopNioProvider();

    /** One file system per scheme and authority ({@code hdfs://namenode:8020}). */
    private final Map<String, HadoopNioFileSystem> systems = new ConcurrentHashMap<>();

    private HadoopNioProvider() {}

    /** The path for a Hadoop URI ({@code hdfs://nn:8020/spegel/processes.csv}). */
    static Path path(org.apache.hadoop.fs.Path location) throws IOException {
        URI uri = location.toUri();
        String key = uri.getScheme() + "://" + (uri.getAuthority() == null ? "" : uri.getAuthority());
        HadoopNioFileSystem fs = INSTANCE.systems.get(key);
        if (fs == null) {
            URI root = URI.create(key + "/");
            HadoopNioFileSystem created = new HadoopNioFileSystem(INSTANCE, root, HadoopPaths.fileSystem(root));
            fs = INSTANCE.systems.putIfAbsent(key, created);
            if (fs == null) {
                fs = created;
            } else {
                created.hadoop().close();
            }
        }
        return fs.getPath(uri.getPath() == null || uri.getPath().isEmpty() ? "/" : uri.getPath());
    }

    private static HadoopNioPath hadoopPath(Path path) {
        if (path instanceof HadoopNioPath p) {
            return p;
        }
        throw new java.nio.file.ProviderMismatchException(String.valueOf(path));
    }

    private static org.apache.hadoop.fs.FileSystem hadoop(Path path) {
        return hadoopPath(path).hadoopFileSystem().hadoop();
    }

    private static FileStatus status(Path path) throws IOException {
        try {
            return hadoop(path).getFileStatus(hadoopPath(path).hadoop());
        } catch (FileNotFoundException e) {
            throw new NoSuchFileException(path.toString());
        }
    }

    @Override
    public String getScheme() {
        return "spegel-hadoop";
    }

    @Override
    public java.nio.file.FileSystem newFileSystem(URI uri, Map<String, ?> env) {
        throw new UnsupportedOperationException();
    }

    @Override
    public java.nio.file.FileSystem getFileSystem(URI uri) {
        throw new UnsupportedOperationException();
    }

    @Override
    public Path getPath(URI uri) {
        try {
            return path(new org.apache.hadoop.fs.Path(uri));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Override
    public InputStream newInputStream(Path path, OpenOption... options) throws IOException {
        readOnly(options);
        if (status(path).isDirectory()) {
            throw new IOException(path + " is a folder");
        }
        return hadoop(path).open(hadoopPath(path).hadoop());
    }

    @Override
    public SeekableByteChannel newByteChannel(Path path, Set<? extends OpenOption> options, FileAttribute<?>... attrs)
            throws IOException {
        readOnly(options.toArray(OpenOption[]::new));
        FileStatus status = status(path);
        if (status.isDirectory()) {
            throw new IOException(path + " is a folder");
        }
        return new Channel(hadoop(path).open(hadoopPath(path).hadoop()), status.getLen());
    }

    private static void readOnly(OpenOption... options) {
        for (OpenOption option : options) {
            if (option != StandardOpenOption.READ && option instanceof StandardOpenOption) {
                throw new ReadOnlyFileSystemException();
            }
        }
    }

    /** A file read through Hadoop's seekable stream. */
    private static final class Channel implements SeekableByteChannel {
        private final FSDataInputStream in;
        private final long size;
        private final byte[] buffer = new byte[1 << 16];
        private boolean open = true;

        Channel(FSDataInputStream in, long size) {
            this.in = in;
            this.size = size;
        }

        @Override
        public int read(ByteBuffer dst) throws IOException {
            int wanted = Math.min(dst.remaining(), buffer.length);
            if (wanted == 0) {
                return 0;
            }
            int read = in.read(buffer, 0, wanted);
            if (read > 0) {
                dst.put(buffer, 0, read);
            }
            return read;
        }

        @Override
        public int write(ByteBuffer src) {
            throw new NonWritableChannelException();
        }

        @Override
        public long position() throws IOException {
            return in.getPos();
        }

        @Override
        public SeekableByteChannel position(long newPosition) throws IOException {
            in.seek(newPosition);
            return this;
        }

        @Override
        public long size() {
            return size;
        }

        @Override
        public SeekableByteChannel truncate(long size) {
            throw new NonWritableChannelException();
        }

        @Override
        public boolean isOpen() {
            return open;
        }

        @Override
        public void close() throws IOException {
            open = false;
            in.close();
        }
    }

    @Override
    public DirectoryStream<Path> newDirectoryStream(Path dir, DirectoryStream.Filter<? super Path> filter)
            throws IOException {
        if (!status(dir).isDirectory()) {
            throw new java.nio.file.NotDirectoryException(dir.toString());
        }
        FileStatus[] listed = hadoop(dir).listStatus(hadoopPath(dir).hadoop());
        java.util.List<Path> entries = new java.util.ArrayList<>();
        for (FileStatus entry : listed) {
            Path child = dir.resolve(entry.getPath().getName());
            if (filter.accept(child)) {
                entries.add(child);
            }
        }
        return new DirectoryStream<>() {
            @Override
            public Iterator<Path> iterator() {
                return entries.iterator();
            }

            @Override
            public void close() {}
        };
    }

    @Override
    public void createDirectory(Path dir, FileAttribute<?>... attrs) {
        throw new ReadOnlyFileSystemException();
    }

    @Override
    public void delete(Path path) {
        throw new ReadOnlyFileSystemException();
    }

    @Override
    public void copy(Path source, Path target, CopyOption... options) {
        throw new ReadOnlyFileSystemException();
    }

    @Override
    public void move(Path source, Path target, CopyOption... options) {
        throw new ReadOnlyFileSystemException();
    }

    @Override
    public boolean isSameFile(Path path, Path path2) {
        return path.toAbsolutePath().normalize().equals(path2.toAbsolutePath().normalize());
    }

    @Override
    public boolean isHidden(Path path) {
        Path name = path.getFileName();
        return name != null
                && (name.toString().startsWith(".") || name.toString().startsWith("_"));
    }

    @Override
    public FileStore getFileStore(Path path) {
        throw new UnsupportedOperationException();
    }

    @Override
    public void checkAccess(Path path, AccessMode... modes) throws IOException {
        status(path);
        if (Arrays.stream(modes).anyMatch(m -> m == AccessMode.WRITE)) {
            throw new AccessDeniedException(path.toString(), null, "read-only");
        }
    }

    @Override
    @SuppressWarnings("unchecked")
    public <V extends FileAttributeView> V getFileAttributeView(Path path, Class<V> type, LinkOption... options) {
        if (type != BasicFileAttributeView.class) {
            return null;
        }
        return (V) new BasicFileAttributeView() {
            @Override
            public String name() {
                return "basic";
            }

            @Override
            public BasicFileAttributes readAttributes() throws IOException {
                return attributes(status(path));
            }

            @Override
            public void setTimes(FileTime lastModifiedTime, FileTime lastAccessTime, FileTime createTime) {
                throw new ReadOnlyFileSystemException();
            }
        };
    }

    @Override
    @SuppressWarnings("unchecked")
    public <A extends BasicFileAttributes> A readAttributes(Path path, Class<A> type, LinkOption... options)
            throws IOException {
        if (type != BasicFileAttributes.class) {
            throw new UnsupportedOperationException(type.getName());
        }
        return (A) attributes(status(path));
    }

    @Override
    public Map<String, Object> readAttributes(Path path, String attributes, LinkOption... options) throws IOException {
        BasicFileAttributes a = attributes(status(path));
        return Map.of(
                "size",
                a.size(),
                "isDirectory",
                a.isDirectory(),
                "isRegularFile",
                a.isRegularFile(),
                "lastModifiedTime",
                a.lastModifiedTime());
    }

    @Override
    public void setAttribute(Path path, String attribute, Object value, LinkOption... options) {
        throw new ReadOnlyFileSystemException();
    }

    private static BasicFileAttributes attributes(FileStatus status) {
        return new BasicFileAttributes() {
            @Override
            public FileTime lastModifiedTime() {
                return FileTime.fromMillis(status.getModificationTime());
            }

            @Override
            public FileTime lastAccessTime() {
                return FileTime.fromMillis(status.getAccessTime());
            }

            @Override
            public FileTime creationTime() {
                return lastModifiedTime();
            }

            @Override
            public boolean isRegularFile() {
                return status.isFile();
            }

            @Override
            public boolean isDirectory() {
                return status.isDirectory();
            }

            @Override
            public boolean isSymbolicLink() {
                return false;
            }

            @Override
            public boolean isOther() {
                return false;
            }

            @Override
            public long size() {
                return status.getLen();
            }

            @Override
            public Object fileKey() {
                return null;
            }
        };
    }
}
