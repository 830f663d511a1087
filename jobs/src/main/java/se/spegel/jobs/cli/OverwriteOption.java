package se.spegel.jobs.cli;

import picocli.CommandLine.Option;

/** {@code --overwrite}, shared by the commands that write an output folder. */
final class OverwriteOption {
    @Option(
            names = "--overwrite",
            description =
                    "replace the output of an earlier run in the output folder (without it, existing output is never overwritten)")
    boolean overwrite;
}
