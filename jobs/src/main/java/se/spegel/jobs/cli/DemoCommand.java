package se.spegel.jobs.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import se.spegel.schema.input.InputException;

/** `spegel run` on the bundled job file of Exempelstad, writing where --out says. */
@Command(
        name = "demo",
        mixinStandardHelpOptions = true,
        description = "Evaluate the bundled sample municipality Exempelstad and render its reports "
                + "(`spegel run` on examples/exempelstad/job.conf, writing to --out).",
        footer = {"", "Example:", "  ./spegel demo --out out/demo --lang en"})
final class DemoCommand implements Callable<Integer> {
    static final String JOB_FILE = "job.conf";
    static final String DEFAULT_OUT = "out/demo";

    @Option(
            names = "--out",
            paramLabel = "DIR",
            defaultValue = DEFAULT_OUT,
            description =
                    "output folder (default: ${DEFAULT-VALUE}, which a later demo replaces; another folder needs --overwrite to be replaced)")
    Path out;

    @Mixin
    OverwriteOption overwrite;

    @Option(
            names = "--examples",
            paramLabel = "DIR",
            defaultValue = "examples/exempelstad",
            description = "sample data folder with its " + JOB_FILE + " (default: ${DEFAULT-VALUE})")
    Path examples;

    @Option(names = "--lang", paramLabel = "sv|en", description = "report language (default from conf: sv)")
    String lang;

    @Override
    public Integer call() throws Exception {
        if (!Files.isDirectory(examples)) {
            throw InputException.ofFile(
                    examples, "sample data folder not found; run from the repository root or give --examples");
        }
        JobFile job = JobFile.read(examples.resolve(JOB_FILE)).withOut(out).withLang(lang);
        System.out.println("Spegel demo: Exempelstad");
        // the default folder holds nothing but an earlier demo, rebuilt from the bundled sample: replace it
        Pipeline.run(job, overwrite.overwrite || out.equals(Path.of(DEFAULT_OUT)), System.out);
        return 0;
    }
}
