package se.spegel.schema.spark;

import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import se.spegel.schema.output.ColumnType;
import se.spegel.schema.output.OutputTable;

/** The one place where contract records become Spark schemas and rows. */
public final class SparkSchemas {
    private SparkSchemas() {}

    public static <R> StructType schemaOf(OutputTable<R> table) {
        StructField[] fields = table.columns().stream()
                .map(c -> DataTypes.createStructField(c.name(), sparkType(c.type()), true))
                .toArray(StructField[]::new);
        return DataTypes.createStructType(fields);
    }

    public static <R> List<Row> rowsOf(OutputTable<R> table, List<R> rows) {
        return rows.stream().map(r -> RowFactory.create(table.values(r))).toList();
    }

    public static DataType sparkType(ColumnType type) {
        return switch (type) {
            case STRING -> DataTypes.StringType;
            case INT -> DataTypes.IntegerType;
            case LONG -> DataTypes.LongType;
            case DOUBLE -> DataTypes.DoubleType;
            case BOOLEAN -> DataTypes.BooleanType;
        };
    }
}
