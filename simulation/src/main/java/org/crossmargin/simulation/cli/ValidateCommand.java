package org.crossmargin.simulation.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.crossmargin.simulation.input.InputException;
import org.crossmargin.simulation.input.Problem;
import org.crossmargin.simulation.paths.PathModels;
import org.crossmargin.simulation.scenario.BootstrapSpec;
import org.crossmargin.simulation.scenario.FileValidator;
import org.crossmargin.simulation.scenario.ReplaySpec;
import org.crossmargin.simulation.scenario.Scenario;
import org.crossmargin.simulation.scenario.ScenarioLoader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code crossmargin validate FILE...}: every problem of every file, then exit 0 or 2. */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = "Check scenario, venue or book files (a scenario also checks its book and venue): "
                + "prints every problem as file:line:column: field: message; exits 0 when all are valid, else 2.")
final class ValidateCommand implements Callable<Integer> {
    @Parameters(arity = "1..*", paramLabel = "FILE", description = "Scenario (.yaml), venue (.yaml) or book (.csv).")
    List<Path> files;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        int bad = 0;
        for (Path file : files) {
            List<Problem> problems = new ArrayList<>(FileValidator.validate(file));
            if (problems.isEmpty()) {
                problems.addAll(priceFileProblems(file));
            }
            if (problems.isEmpty()) {
                out.println("ok: " + file);
            } else {
                bad++;
                problems.forEach(err::println);
            }
        }
        err.flush();
        if (bad > 0) {
            err.println("crossmargin: " + bad + " of " + files.size() + " file" + (files.size() == 1 ? "" : "s")
                    + " invalid");
            return Main.BAD_INPUT;
        }
        return Main.OK;
    }

    /**
     * A scenario whose model reads a price file (bootstrap, replay) has that file parsed too, as a run would: the
     * path models own the format, so the check runs here rather than in the scenario loader.
     */
    private static List<Problem> priceFileProblems(Path file) {
        if (!FileValidator.isScenario(file)) {
            return List.of();
        }
        try {
            Scenario scenario = ScenarioLoader.load(file).scenario();
            if (scenario.model() instanceof BootstrapSpec || scenario.model() instanceof ReplaySpec) {
                PathModels.factory(scenario);
            }
            return List.of();
        } catch (InputException e) {
            return e.problems();
        }
    }
}
