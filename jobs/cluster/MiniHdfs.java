import java.io.File;
import java.net.URI;
import java.util.Arrays;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.hdfs.MiniDFSCluster;

/**
 * A real HDFS for the standalone-cluster scripts (HDFS=1), and the `hadoop fs` calls they need.
 * Run as a single-file program on the jars of jobs/cluster/hdfs/pom.xml (Hadoop's
 * hadoop-client-minicluster, 3.3.4 as Spark 3.5's Hadoop client):
 *
 *   java -cp 'jobs/target/hdfs/jars/*' jobs/cluster/MiniHdfs.java start BASEDIR
 *       one NameNode and one DataNode (MiniDFSCluster) on 127.0.0.1, ports picked by the system,
 *       data under BASEDIR; prints "HDFS at hdfs://localhost:PORT" and runs until killed
 *   java -cp … MiniHdfs.java put LOCAL URI [LOCAL URI …]    copy files or folders into HDFS
 *   java -cp … MiniHdfs.java get URI LOCAL [URI LOCAL …]    copy files or folders out of HDFS
 *   java -cp … MiniHdfs.java ls URI                         list a folder, recursively
 */
public class MiniHdfs {
    public static void main(String[] args) throws Exception {
        switch (args[0]) {
            case "start" -> start(new File(args[1]));
            case "put", "get" -> copy(args[0].equals("put"), Arrays.copyOfRange(args, 1, args.length));
            case "ls" -> list(new Path(args[1]));
            default -> throw new IllegalArgumentException("start, put, get or ls: " + args[0]);
        }
    }

    private static void start(File base) throws Exception {
        Configuration conf = new Configuration();
        conf.set("dfs.namenode.rpc-address", "127.0.0.1:0");
        conf.set("dfs.namenode.http-address", "127.0.0.1:0");
        conf.set("dfs.datanode.address", "127.0.0.1:0");
        conf.set("dfs.datanode.http.address", "127.0.0.1:0");
        conf.set("dfs.datanode.ipc.address", "127.0.0.1:0");
        conf.setInt("dfs.replication", 1);
        MiniDFSCluster cluster = new MiniDFSCluster.Builder(conf, base).numDataNodes(1).format(true).build();
        cluster.waitActive();
        Runtime.getRuntime().addShutdownHook(new Thread(cluster::shutdown));
        URI uri = cluster.getURI();
        System.out.println("HDFS at " + uri + " (MiniDFSCluster: 1 NameNode, " + cluster.getDataNodes().size()
                + " DataNode, Hadoop " + org.apache.hadoop.util.VersionInfo.getVersion() + ", data in " + base + ")");
        System.out.flush();
        Thread.currentThread().join();
    }

    private static void copy(boolean put, String[] pairs) throws Exception {
        for (int i = 0; i + 1 < pairs.length; i += 2) {
            Path from = new Path(pairs[i]);
            Path to = new Path(pairs[i + 1]);
            Path remote = put ? to : from;
            try (FileSystem fs = FileSystem.newInstance(remote.toUri(), new Configuration())) {
                if (put) {
                    fs.mkdirs(to.getParent());
                    fs.copyFromLocalFile(false, true, from, to);
                } else {
                    fs.copyToLocalFile(false, from, to, true);
                }
            }
            System.out.println((put ? "put " : "get ") + from + " -> " + to);
        }
    }

    private static void list(Path folder) throws Exception {
        try (FileSystem fs = FileSystem.newInstance(folder.toUri(), new Configuration())) {
            var files = fs.listFiles(folder, true);
            while (files.hasNext()) {
                FileStatus file = files.next();
                System.out.printf("%10d  %s%n", file.getLen(), file.getPath());
            }
        }
    }
}
