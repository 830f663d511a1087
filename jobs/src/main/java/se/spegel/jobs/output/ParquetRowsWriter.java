package se.spegel.jobs.output;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.parquet.example.data.Group;
import org.apache.parquet.example.data.simple.SimpleGroupFactory;
import org.apache.parquet.hadoop.ParquetWriter;
import org.apache.parquet.hadoop.example.ExampleParquetWriter;
import org.apache.parquet.hadoop.metadata.CompressionCodecName;
import org.apache.parquet.schema.LogicalTypeAnnotation;
import org.apache.parquet.schema.MessageType;
import org.apache.parquet.schema.PrimitiveType.PrimitiveTypeName;
import org.apache.parquet.schema.Type;
import org.apache.parquet.schema.Types;
import se.spegel.schema.output.ColumnType;
import se.spegel.schema.output.OutputColumn;
import se.spegel.schema.output.OutputTable;

/**
 * Writes an output table as one Parquet file straight from the driver, without starting Spark
 * (the research commands have no Spark session): the same columns and types as the table's
 * CSV, every column optional, Snappy-compressed as Spark writes Parquet.
 */
public final class ParquetRowsWriter {
    private ParquetRowsWriter() {}

    public static <R> void write(OutputTable<R> table, List<R> rows, Path file) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        MessageType schema = schema(table);
        SimpleGroupFactory groups = new SimpleGroupFactory(schema);
        try (ParquetWriter<Group> writer = ExampleParquetWriter.builder(new LocalOutputFile(file))
                .withType(schema)
                .withCompressionCodec(CompressionCodecName.SNAPPY)
                .build()) {
            for (R row : rows) {
                Group group = groups.newGroup();
                for (OutputColumn<R> column : table.columns()) {
                    Object value = column.value().apply(row);
                    if (value != null) {
                        add(group, column, value);
                    }
                }
                writer.write(group);
            }
        }
    }

    private static <R> MessageType schema(OutputTable<R> table) {
        Types.MessageTypeBuilder message = Types.buildMessage();
        for (OutputColumn<R> column : table.columns()) {
            message.addField(field(column.name(), column.type()));
        }
        return message.named(table.name());
    }

    private static Type field(String name, ColumnType type) {
        return switch (type) {
            case STRING ->
                Types.optional(PrimitiveTypeName.BINARY)
                        .as(LogicalTypeAnnotation.stringType())
                        .named(name);
            case INT -> Types.optional(PrimitiveTypeName.INT32).named(name);
            case LONG -> Types.optional(PrimitiveTypeName.INT64).named(name);
            case DOUBLE -> Types.optional(PrimitiveTypeName.DOUBLE).named(name);
            case BOOLEAN -> Types.optional(PrimitiveTypeName.BOOLEAN).named(name);
        };
    }

    private static <R> void add(Group group, OutputColumn<R> column, Object value) {
        switch (column.type()) {
            case STRING -> group.add(column.name(), value.toString());
            case INT -> group.add(column.name(), (Integer) value);
            case LONG -> group.add(column.name(), (Long) value);
            case DOUBLE -> group.add(column.name(), (Double) value);
            case BOOLEAN -> group.add(column.name(), (Boolean) value);
        }
    }
}
