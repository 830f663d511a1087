import org.apache.spark.sql.SparkSession;

/**
 * A participants CSV as a Parquet folder of several part files (several Spark tasks read it),
 * every cell kept as text and the rows in file order. Used by standalone-equality.sh
 * (FORMAT=parquet); run as a single-file program on Spark's jars:
 *   java [--add-opens ...] -cp 'jobs/target/spark-home/jars/*' jobs/cluster/ParticipantsToParquet.java IN.csv OUT.parquet
 */
public class ParticipantsToParquet {
    public static void main(String[] args) {
        SparkSession spark = SparkSession.builder().master("local[1]").appName("participants-to-parquet")
                .config("spark.ui.enabled", false)
                // small splits of the one CSV file: contiguous slices in file order, one part file each
                .config("spark.sql.files.maxPartitionBytes", 256 * 1024).getOrCreate();
        spark.sparkContext().setLogLevel("ERROR");
        spark.read().option("header", true).csv(args[0]).write().parquet(args[1]);
        spark.stop();
    }
}
