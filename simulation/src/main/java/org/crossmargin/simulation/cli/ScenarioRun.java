package org.crossmargin.simulation.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import org.crossmargin.simulation.engine.MonteCarloRunner;
import org.crossmargin.simulation.engine.Preflight;
import org.crossmargin.simulation.engine.RunResult;
import org.crossmargin.simulation.engine.RunSettings;
import org.crossmargin.simulation.input.InputException;
import org.crossmargin.simulation.input.Problem;
import org.crossmargin.simulation.output.OutputExistsException;
import org.crossmargin.simulation.output.OutputFolder;
import org.crossmargin.simulation.report.ReportWriter;
import org.crossmargin.simulation.scenario.MemoryEstimate;
import org.crossmargin.simulation.scenario.RunInputs;
import org.crossmargin.simulation.scenario.Scenario;
import org.crossmargin.simulation.scenario.ScenarioLoader;

/** Loads one scenario, applies the command line's overrides, runs it and writes its output files into a folder. */
final class ScenarioRun {
    private final PrintWriter out;
    private final PrintWriter err;
    private final RunOptions options;

    ScenarioRun(PrintWriter out, PrintWriter err, RunOptions options) {
        this.out = out;
        this.err = err;
        this.options = options;
    }

    /** Loads {@code scenarioFile} with the overrides applied; every problem at once. */
    RunInputs load(Path scenarioFile) throws InputException, UsageException {
        if (options.paths != null && options.paths < 1) {
            throw new UsageException("--paths: expected a number >= 1, got " + options.paths);
        }
        if (options.threads != null && options.threads < 1) {
            throw new UsageException("--threads: expected a number >= 1, got " + options.threads);
        }
        RunInputs inputs = ScenarioLoader.load(scenarioFile);
        Scenario scenario = inputs.scenario();
        if (options.paths != null || options.seed != null) {
            scenario = scenario.withPathsAndSeed(options.paths == null ? scenario.paths() : options.paths,
                    options.seed == null ? scenario.seed() : options.seed);
            inputs = new RunInputs(scenario, inputs.book(), inputs.venue(), inputs.warnings());
        }
        int positions = inputs.book().accounts().stream().mapToInt(a -> a.positions().size()).sum();
        long bytes = MemoryEstimate.bytes(scenario, inputs.book().accounts().size(), positions,
                options.threadsOrDefault());
        long max = Runtime.getRuntime().maxMemory();
        if (bytes > max) {
            throw new InputException(List.of(new Problem(scenarioFile.toString(), 0, 0, "paths",
                    "the run needs about " + bytes / (1 << 20) + " MB but the JVM may use at most " + max / (1 << 20)
                            + " MB; expected fewer paths (or a larger -Xmx through CROSSMARGIN_JAVA_OPTS)")));
        }
        return Preflight.withWarnings(inputs);
    }

    /**
     * Opens the temporary folder for {@code target}; an existing non-empty target without force, or a target below a
     * file, is a usage error.
     */
    static OutputFolder open(Path target, boolean force) throws IOException, UsageException {
        try {
            return OutputFolder.create(target, force);
        } catch (OutputExistsException e) {
            throw new UsageException(e.getMessage());
        } catch (FileAlreadyExistsException | NotDirectoryException e) {
            // a part of the path is a file: the user named a folder that cannot exist, not an internal error
            throw new UsageException(target + " cannot be an output folder: " + e.getFile() + " is not a folder");
        }
    }

    /** Runs {@code inputs} and writes every output file into {@code folder} (which the caller commits). */
    ResultFiles runInto(RunInputs inputs, Path folder, boolean verdict)
            throws InputException, InterruptedException, IOException {
        for (String warning : inputs.warnings()) {
            err.println("warning: " + warning);
        }
        err.flush();
        RunSettings settings = new RunSettings(options.threadsOrDefault(), options.engine, true);
        RunResult result;
        try (ConsoleProgress progress = new ConsoleProgress(inputs.scenario().name())) {
            result = MonteCarloRunner.run(inputs, settings,
                    options.quiet ? org.crossmargin.simulation.engine.ProgressListener.NONE : progress);
        }
        ResultFiles files = ResultFiles.of(result, Version.engineVersion());
        if (options.noReport) {
            files.writeAll(folder);
        } else {
            writeWithReport(files, folder);
        }
        if (verdict) {
            out.println(files.verdict());
        }
        return files;
    }

    /**
     * Writes the files and report.html, the report on a second thread while this one writes the CSV files: the
     * report needs only summary.json from disk and takes the rows from memory, and the two take about as long.
     */
    private static void writeWithReport(ResultFiles files, Path folder)
            throws InputException, InterruptedException, IOException {
        files.writeSummary(folder);
        FutureTask<Optional<Path>> report = new FutureTask<>(() -> ReportWriter.write(folder, files.reportRows()));
        Thread thread = new Thread(report, "crossmargin-report");
        thread.setDaemon(true);
        thread.start();
        try {
            files.writeTables(folder);
        } finally {
            // the report writes into the folder: it must be done before the folder is committed or deleted
            joinUninterruptibly(thread);
        }
        Optional<Path> written;
        try {
            written = report.get();
        } catch (ExecutionException e) {
            throw rethrown(e.getCause());
        }
        if (written.isEmpty()) {
            ReportWriter.write(folder); // rows the file reader rejects: read the complete files to name the problem
        }
    }

    private static void joinUninterruptibly(Thread thread) {
        boolean interrupted = false;
        while (true) {
            try {
                thread.join();
                break;
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    /** The report thread's failure, rethrown as itself (a checked InputException or an unchecked exception). */
    private static InputException rethrown(Throwable cause) throws InputException {
        if (cause instanceof InputException input) {
            throw input;
        }
        if (cause instanceof RuntimeException runtime) {
            throw runtime;
        }
        if (cause instanceof Error error) {
            throw error;
        }
        throw new IllegalStateException("report: " + cause, cause);
    }
}
