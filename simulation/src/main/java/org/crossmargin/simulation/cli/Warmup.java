package org.crossmargin.simulation.cli;

import org.crossmargin.simulation.report.ReportWriter;

/**
 * Work every run needs at its end that does not depend on the run, done at its start on a daemon thread: the
 * scenario's files load on one core while the other has nothing to do, and the end of a run is on the critical
 * path (the report's template and assets cost about 30 ms cold). Only caches: outputs are the same whenever the
 * thread finishes, or if it never does. (Warming the JSON writer the same way measured no gain.)
 */
final class Warmup {
    private Warmup() {
    }

    /** Starts the warm-up when the run writes report.html ({@code report}); else does nothing. */
    static void start(boolean report) {
        if (!report) {
            return;
        }
        Thread thread = new Thread(() -> {
            try {
                ReportWriter.prepare();
            } catch (RuntimeException | LinkageError e) {
                // nothing to report here: the run's own use does the same work and names any problem properly
            }
        }, "crossmargin-warmup");
        thread.setDaemon(true);
        thread.start();
    }
}
