package se.spegel.jobs.evaluate;

import java.util.List;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.StructType;

/**
 * Rows held on the driver become a distributed frame in slices, so that no single task
 * carries the whole list (Spark warns about tasks over 1 MB and ships them slowly).
 */
public final class DriverFrames {
    private DriverFrames() {}

    public static Dataset<Row> of(SparkSession spark, List<Row> rows, StructType schema, int rowsPerSlice) {
        int slices = Math.max(spark.sparkContext().defaultParallelism(), rows.size() / rowsPerSlice + 1);
        JavaRDD<Row> rdd = JavaSparkContext.fromSparkContext(spark.sparkContext()).parallelize(rows, slices);
        return spark.createDataFrame(rdd, schema);
    }
}
