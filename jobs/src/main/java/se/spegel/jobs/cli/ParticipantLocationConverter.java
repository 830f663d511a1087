package se.spegel.jobs.cli;

import java.io.IOException;
import java.nio.file.Path;
import picocli.CommandLine;
import se.spegel.jobs.io.HadoopPaths;
import se.spegel.jobs.io.SparkSources;

/**
 * A {@code --participants} value: a Spark data source or a Parquet URI is left where it lies for
 * Spark to read ({@link SparkSources}); anything else as {@link InputLocationConverter} takes it.
 */
final class ParticipantLocationConverter implements CommandLine.ITypeConverter<Path> {
    @Override
    public Path convert(String location) {
        try {
            java.util.Optional<Path> source = SparkSources.of(location);
            return source.isPresent() ? source.get() : HadoopPaths.input(location);
        } catch (IOException e) {
            throw new CommandLine.TypeConversionException(e.getMessage());
        }
    }
}
