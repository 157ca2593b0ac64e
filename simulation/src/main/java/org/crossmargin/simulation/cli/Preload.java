package org.crossmargin.simulation.cli;

import org.crossmargin.simulation.report.ReportWriter;
import org.crossmargin.simulation.scenario.ScenarioLoader;

/**
 * Start-up work done ahead, on the core the main thread leaves idle while it sets up the command line and parses
 * the inputs (single-threaded, a few tenths of a second): the YAML parser's classes, then the report's templates,
 * assets and formatters, which the run needs only after the simulation. Results never depend on it; it only moves
 * one-off initialisation off the critical path.
 */
final class Preload {
    private Preload() {
    }

    /** Starts the preloading daemon thread when {@code args} name a command that loads a scenario or writes a report. */
    static void start(String[] args) {
        if (args.length == 0) {
            return;
        }
        boolean scenario = args[0].equals("run") || args[0].equals("batch");
        boolean report = scenario || args[0].equals("report");
        if (!report) {
            return;
        }
        Thread thread = new Thread(() -> {
            try {
                if (scenario) {
                    ScenarioLoader.preload();
                }
                ReportWriter.preload();
            } catch (RuntimeException e) {
                // a broken installation: the command meets the same problem where it can report it properly
            }
        }, "crossmargin-preload");
        thread.setDaemon(true); // never holds up the exit
        thread.setPriority(Thread.MIN_PRIORITY);
        thread.start();
    }
}
