package se.spegel.bench.generate;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import org.apache.hadoop.conf.Configuration;
import org.apache.parquet.hadoop.ParquetFileWriter;
import org.apache.parquet.hadoop.ParquetWriter;
import org.apache.parquet.hadoop.api.WriteSupport;
import org.apache.parquet.hadoop.metadata.CompressionCodecName;
import org.apache.parquet.io.OutputFile;
import org.apache.parquet.io.api.Binary;
import org.apache.parquet.io.api.RecordConsumer;
import org.apache.parquet.schema.MessageType;
import org.apache.parquet.schema.MessageTypeParser;
import se.spegel.jobs.output.LocalOutputFile;

/**
 * Writes rows of plain values (Binary or String, Integer, Long; null = absent) straight
 * through parquet-hadoop's writer to a local file: no Spark, no Hadoop file system (so no
 * .crc side files), memory bounded by one row group. Strings repeat a lot, so callers pass
 * ready-made {@link Binary} values and Parquet's dictionary encoding keeps files small.
 */
final class ParquetRows implements AutoCloseable {
    private final ParquetWriter<Object[]> writer;

    /**
     * @param uniqueColumns columns whose values hardly repeat (person_id): no dictionary is
     *     tried for them, which would only be built and thrown away for every row group
     */
    ParquetRows(Path file, String schema, String... uniqueColumns) throws IOException {
        MessageType type = MessageTypeParser.parseMessageType(schema);
        Builder builder = new Builder(new LocalOutputFile(file), type)
                .withCompressionCodec(CompressionCodecName.SNAPPY)
                .withWriteMode(ParquetFileWriter.Mode.OVERWRITE)
                .withDictionaryEncoding(true)
                .withConf(new Configuration(false));
        for (String column : uniqueColumns) {
            builder = builder.withDictionaryEncoding(column, false);
        }
        writer = builder.build();
    }

    void write(Object... values) throws IOException {
        writer.write(values);
    }

    @Override
    public void close() throws IOException {
        writer.close();
    }

    private static final class Builder extends ParquetWriter.Builder<Object[], Builder> {
        private final MessageType type;

        Builder(OutputFile file, MessageType type) {
            super(file);
            this.type = type;
        }

        @Override
        protected Builder self() {
            return this;
        }

        @Override
        protected WriteSupport<Object[]> getWriteSupport(Configuration conf) {
            return new RowWriteSupport(type);
        }
    }

    private static final class RowWriteSupport extends WriteSupport<Object[]> {
        private final MessageType type;
        private RecordConsumer out;

        RowWriteSupport(MessageType type) {
            this.type = type;
        }

        @Override
        public WriteContext init(Configuration configuration) {
            return new WriteContext(type, new HashMap<>());
        }

        @Override
        public void prepareForWrite(RecordConsumer recordConsumer) {
            out = recordConsumer;
        }

        @Override
        public void write(Object[] row) {
            out.startMessage();
            for (int i = 0; i < row.length; i++) {
                Object value = row[i];
                if (value == null) {
                    continue;
                }
                String name = type.getFieldName(i);
                out.startField(name, i);
                if (value instanceof Binary b) {
                    out.addBinary(b);
                } else if (value instanceof String s) {
                    out.addBinary(Binary.fromString(s));
                } else if (value instanceof Integer n) {
                    out.addInteger(n);
                } else {
                    out.addLong((Long) value);
                }
                out.endField(name, i);
            }
            out.endMessage();
        }
    }
}
