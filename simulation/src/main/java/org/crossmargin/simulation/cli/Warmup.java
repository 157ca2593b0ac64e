package org.crossmargin.simulation.cli;

import org.crossmargin.simulation.output.SummaryJson;
import org.crossmargin.simulation.report.ReportWriter;

/**
 * Work every run needs at its end that does not depend on the run, done at its start on a daemon thread: the
 * scenario's files load on one core while the other has nothing to do, and the end of a run is on the critical
 * path (the JSON writer's first use and the report's template and assets cost about 50 ms cold). Only caches and
 * class initialisation: outputs are the same whenever the thread finishes, or if it never does.
 */
final class Warmup {
    private Warmup() {
    }

    /** Starts the warm-up; {@code report} when the run writes report.html. */
    static void start(boolean report) {
        Thread thread = new Thread(() -> {
            try {
                SummaryJson.prepare();
                if (report) {
                    ReportWriter.prepare();
                }
            } catch (RuntimeException | LinkageError e) {
                // nothing to report here: the run's own use does the same work and names any problem properly
            }
        }, "crossmargin-warmup");
        thread.setDaemon(true);
        thread.start();
    }
}
