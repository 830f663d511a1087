package se.spegel.jobs.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

@Command(
        name = "run",
        mixinStandardHelpOptions = true,
        description = "Validate, evaluate and render the reports of the inputs a HOCON job file names, "
                + "with its settings; prints where the reports are.",
        footer = {
            "",
            "Example:",
            "  ./spegel run examples/exempelstad/job.conf",
            "",
            "A job file (paths relative to its folder; only processes, participants, population and out are required):",
            "  job {",
            "    processes = \"processes.csv\"",
            "    participants = \"participants.csv\"",
            "    population = [\"population_age_gender.csv\", \"population_education.csv\"]",
            "    areas = \"areas.csv\"      # optional",
            "    out = \"out/run\"",
            "    master = \"local[*]\"      # optional, default spegel.spark.master",
            "    reports = true           # optional: render reports too (default true)",
            "    lang = \"sv\"              # optional: sv|en, default spegel.report.lang",
            "    boundaries = \"districts.geojson\"   # optional: district shapes for a district map",
            "  }",
            "  spegel.disclosure.min-count = 10      # any key of conf/spegel.conf",
            "  spegel.age-bands = [\"16-29\", \"30-49\", \"50-64\", \"65+\"]",
            "",
            "Settings: conf/spegel.conf < the job file < -Dspegel.KEY=VALUE, e.g.",
            "  SPEGEL_JAVA_OPTS=-Dspegel.disclosure.min-count=3 ./spegel run job.conf"
        })
final class RunCommand implements Callable<Integer> {
    @Parameters(
            paramLabel = "JOB.conf",
            description = "job file: a job { } section with inputs and out, plus any spegel.* setting")
    Path jobFile;

    @Mixin
    OverwriteOption overwrite;

    @Override
    public Integer call() throws Exception {
        JobFile job = JobFile.read(jobFile);
        System.out.println("Spegel run: " + jobFile);
        Pipeline.run(job, overwrite.overwrite, System.out);
        return 0;
    }
}
