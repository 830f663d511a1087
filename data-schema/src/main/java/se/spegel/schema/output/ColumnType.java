package se.spegel.schema.output;

/** Types of output columns; {@code se.spegel.schema.spark.SparkSchemas} maps them to Spark types. */
public enum ColumnType {
    STRING,
    INT,
    LONG,
    DOUBLE,
    BOOLEAN
}
