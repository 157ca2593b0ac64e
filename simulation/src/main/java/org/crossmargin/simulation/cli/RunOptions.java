package org.crossmargin.simulation.cli;

import org.crossmargin.simulation.engine.EngineKind;
import picocli.CommandLine.Option;

/** The options {@code run} and {@code batch} share. */
final class RunOptions {
    @Option(names = "--paths", paramLabel = "N", description = "Number of paths (overrides the scenario's).")
    Integer paths;

    @Option(names = "--seed", paramLabel = "S", description = "Seed (overrides the scenario's).")
    Long seed;

    @Option(names = "--threads", paramLabel = "T",
            description = "Worker threads (default: all cores; never changes a result).")
    Integer threads;

    @Option(names = "--engine", paramLabel = "E", defaultValue = "screened",
            description = "Hot loop: exhaustive or screened (default ${DEFAULT-VALUE}; same results).",
            converter = EngineConverter.class)
    EngineKind engine;

    @Option(names = "--force", description = "Replace a non-empty output folder.")
    boolean force;

    @Option(names = "--quiet", description = "No progress bar.")
    boolean quiet;

    @Option(names = "--no-report", description = "Do not write report.html.")
    boolean noReport;

    @Option(names = "--debug", description = "Print stack traces of internal errors.")
    boolean debug;

    int threadsOrDefault() {
        return threads == null ? Runtime.getRuntime().availableProcessors() : threads;
    }
}
