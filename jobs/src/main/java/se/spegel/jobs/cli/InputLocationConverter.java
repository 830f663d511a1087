package se.spegel.jobs.cli;

import java.io.IOException;
import java.nio.file.Path;
import picocli.CommandLine;
import se.spegel.jobs.io.HadoopPaths;

/**
 * An input option's value: a plain path as it is, a Hadoop file system URI ({@code file://},
 * {@code hdfs://}, {@code s3a://}) fetched to a local copy. A URI that cannot be read is a usage
 * error (exit code 2) naming the option and the URI.
 */
final class InputLocationConverter implements CommandLine.ITypeConverter<Path> {
    @Override
    public Path convert(String location) {
        try {
            return HadoopPaths.input(location);
        } catch (IOException e) {
            throw new CommandLine.TypeConversionException(e.getMessage());
        }
    }
}
