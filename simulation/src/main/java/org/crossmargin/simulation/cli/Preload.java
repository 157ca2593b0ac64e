package org.crossmargin.simulation.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import org.crossmargin.simulation.input.InputException;
import org.crossmargin.simulation.report.ReportWriter;
import org.crossmargin.simulation.scenario.RunInputs;
import org.crossmargin.simulation.scenario.ScenarioLoader;

/**
 * Start-up work done ahead, on the core the main thread leaves idle while it builds the command line model
 * (single-threaded, about a tenth of a second): for {@code run}, reading the scenario file the command line names
 * with its book and venue; then the report's templates, assets and formatters, which a run needs only after the
 * simulation. Results never depend on it: the scenario read ahead is used only if it is the file the parsed command
 * line names and it loaded without a problem; any other outcome is read again on the main thread, which then
 * reports it as it always did.
 */
final class Preload {
    /** The scenario read ahead, or null; written before the thread starts, read by the main thread. */
    private static volatile Ahead ahead;

    private record Ahead(Path file, FutureTask<RunInputs> inputs) {
    }

    private Preload() {
    }

    /** Starts the preloading daemon thread when {@code args} name a command that loads a scenario or writes a report. */
    static void start(String[] args) {
        if (args.length == 0) {
            return;
        }
        boolean scenario = args[0].equals("run") || args[0].equals("batch");
        if (!scenario && !args[0].equals("report")) {
            return;
        }
        Path file = args[0].equals("run") ? scenarioArgument(args) : null;
        FutureTask<RunInputs> inputs = file == null ? null : new FutureTask<>(() -> ScenarioLoader.load(file));
        if (inputs != null) {
            ahead = new Ahead(file, inputs);
        }
        Thread thread = new Thread(() -> {
            try {
                if (inputs != null) {
                    inputs.run(); // keeps its own outcome, exception included
                } else if (scenario) {
                    ScenarioLoader.preload();
                }
            ReportWriter.preload();
            } catch (RuntimeException e) {
                // a broken installation: the command meets the same problem where it can report it properly
            }
        }, "crossmargin-preload");
        thread.setDaemon(true); // never holds up the exit
        thread.start();
    }

    /**
     * The first argument after {@code run} that is an existing regular file and not an option: the SCENARIO
     * parameter, unless an option's value happens to be a file (then the guess is simply not used).
     */
    private static Path scenarioArgument(String[] args) {
        for (int i = 1; i < args.length; i++) {
            if (!args[i].startsWith("-") && !args[i].isEmpty() && Files.isRegularFile(Path.of(args[i]))) {
                return Path.of(args[i]);
            }
        }
        return null;
    }

    /**
     * The inputs of {@code file}: those read ahead when they are of this file and loaded cleanly, else a fresh
     * {@link ScenarioLoader#load} on this thread (which throws the problems, as it always did).
     */
    static RunInputs load(Path file) throws InputException, InterruptedException {
        Ahead read = ahead;
        if (read != null && read.file().equals(file)) {
            ahead = null; // once: a second run of the same file in this JVM (tests) reads it again
            try {
                RunInputs r = read.inputs().get();
                return r;
            } catch (ExecutionException e) {
                // a problem with the file (or the read): the main thread's own read reports it below
            }
        }
        return ScenarioLoader.load(file);
    }
}
