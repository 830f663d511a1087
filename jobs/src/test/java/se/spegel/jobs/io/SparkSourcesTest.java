package se.spegel.jobs.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Which --participants values name a Spark data source, and which a file or a file system URI. */
class SparkSourcesTest {
    @Test
    void aFormatOrTablePrefixNamesADataSource() {
        assertThat(SparkSources.parse("orc:/data/p.orc")).contains(new SparkSources.Source("orc", "/data/p.orc"));
        assertThat(SparkSources.parse("ORC:hdfs://nn:8020/p.orc"))
                .contains(new SparkSources.Source("orc", "hdfs://nn:8020/p.orc"));
        assertThat(SparkSources.parse("table:db.participants"))
                .contains(new SparkSources.Source("table", "db.participants"));
        assertThat(SparkSources.parse("parquet:s3a://bucket/p"))
                .contains(new SparkSources.Source("parquet", "s3a://bucket/p"));
    }

    @Test
    void pathsAndFileSystemUrisAreNoDataSources() {
        assertThat(SparkSources.parse("hdfs://nn:8020/p.parquet")).isEqualTo(Optional.empty());
        assertThat(SparkSources.parse("file:/tmp/p.parquet")).isEmpty();
        assertThat(SparkSources.parse("s3a:/bucket/p.parquet")).isEmpty();
        assertThat(SparkSources.parse("C:\\data\\p.csv")).isEmpty();
        assertThat(SparkSources.parse("participants.csv")).isEmpty();
        assertThat(SparkSources.parse("/data/2024:extra.csv")).isEmpty();
    }
}
