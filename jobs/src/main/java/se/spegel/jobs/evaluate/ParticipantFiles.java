package se.spegel.jobs.evaluate;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import se.spegel.jobs.io.SparkSources;
import se.spegel.schema.input.InputException;

/**
 * The participant files a run names, one by one: a file as it is; a folder of Parquet parts as
 * one table; any other folder as the participant files in it (.pb, .csv, .tsv, .txt, .xlsx, in
 * name order); a glob ({@code 'data/*.pb'}, quoted so that Spegel rather than the shell expands
 * it) as the files it matches. Spark sources ({@link SparkSources}) stay as they are: Spark
 * expands their globs itself.
 */
final class ParticipantFiles {
    private static final List<String> ENDINGS = List.of(".pb", ".csv", ".tsv", ".txt", ".xlsx", ".xlsm");

    private ParticipantFiles() {}

    static List<Path> expand(List<Path> named) {
        List<Path> files = new ArrayList<>();
        for (Path file : named) {
            if (SparkSources.source(file).isPresent()) {
                files.add(file);
            } else if (isGlob(file)) {
                files.addAll(matching(file));
            } else if (Files.isDirectory(file) && !hasParquetParts(file)) {
                files.addAll(participantFilesIn(file));
            } else {
                files.add(file);
            }
        }
        return files;
    }

    private static boolean isGlob(Path file) {
        String name = file.getFileName() == null ? "" : file.getFileName().toString();
        return name.contains("*") || name.contains("?") || name.contains("[") || name.contains("{");
    }

    private static List<Path> matching(Path glob) {
        Path folder = glob.getParent() == null ? Path.of("") : glob.getParent();
        PathMatcher matcher = FileSystems.getDefault().getPathMatcher("glob:" + glob.getFileName());
        List<Path> found = list(folder, glob).stream()
                .filter(p -> matcher.matches(p.getFileName()))
                .toList();
        if (found.isEmpty()) {
            throw InputException.ofFile(glob, "no file matches");
        }
        return found;
    }

    private static boolean hasParquetParts(Path folder) {
        return list(folder, folder).stream()
                .anyMatch(p -> p.getFileName().toString().endsWith(".parquet"));
    }

    private static List<Path> participantFilesIn(Path folder) {
        List<Path> found = list(folder, folder).stream()
                .filter(p -> ENDINGS.stream()
                        .anyMatch(e -> p.getFileName()
                                .toString()
                                .toLowerCase(java.util.Locale.ROOT)
                                .endsWith(e)))
                .toList();
        if (found.isEmpty()) {
            throw InputException.ofFile(
                    folder,
                    "folder has no .parquet files and no participant files (" + String.join(", ", ENDINGS) + ")");
        }
        return found;
    }

    private static List<Path> list(Path folder, Path named) {
        try (Stream<Path> listing = Files.list(folder)) {
            return listing.filter(Files::isRegularFile).sorted().toList();
        } catch (IOException e) {
            throw InputException.ofFile(named, "cannot list the folder: " + e.getMessage());
        }
    }
}
