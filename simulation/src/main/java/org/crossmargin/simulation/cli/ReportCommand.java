package org.crossmargin.simulation.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.crossmargin.simulation.report.ReportWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code crossmargin report DIR}: rebuilds report.html from an existing output folder. */
@Command(name = "report", mixinStandardHelpOptions = true,
        description = "Rebuild report.html from the files of an existing output folder of 'run'.")
final class ReportCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "DIR", description = "An output folder written by 'run'.")
    Path dir;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        Path report = ReportWriter.write(dir);
        spec.commandLine().getOut().println("Report: " + report);
        return Main.OK;
    }
}
