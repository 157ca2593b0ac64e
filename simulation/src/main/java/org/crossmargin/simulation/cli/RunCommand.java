package org.crossmargin.simulation.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.crossmargin.simulation.output.OutputFolder;
import org.crossmargin.simulation.scenario.RunInputs;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code crossmargin run SCENARIO.yaml}: one scenario, verdict on stdout, files in the output folder. */
@Command(name = "run", mixinStandardHelpOptions = true,
        description = "Run one scenario: prints the verdict and writes summary.json, accounts.csv, paths.csv, "
                + "timeseries.csv, price_fan.csv, shocks.csv and report.html into the output folder "
                + "(created whole, or not at all).")
final class RunCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "SCENARIO", description = "The scenario YAML file.")
    Path scenario;

    @Option(names = "--out", paramLabel = "DIR", description = "Output folder (default: results/<scenario name>).")
    Path out;

    @Mixin
    RunOptions options = new RunOptions();

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        Warmup.start(!options.noReport);
        ScenarioRun run = new ScenarioRun(spec.commandLine().getOut(), spec.commandLine().getErr(), options);
        RunInputs inputs = run.load(scenario);
        if (CompilerPlan.needsRestart(java.util.List.of(inputs), options.engine, options.threadsOrDefault())) {
            return CompilerPlan.RESTART; // nothing written yet: the launcher runs it again with C2
        }
        Path target = out != null ? out : Path.of("results", inputs.scenario().name());
        try (TemporaryFolderGuard guard = TemporaryFolderGuard.arm();
             OutputFolder folder = guard.watch(ScenarioRun.open(target, options.force))) {
            run.runInto(inputs, folder.path(), true);
            folder.commit();
        }
        spec.commandLine().getOut().println("Outputs: " + target + (options.noReport ? ""
                : System.lineSeparator() + "Report:  " + target.resolve("report.html")));
        return Main.OK;
    }
}
