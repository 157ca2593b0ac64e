package org.crossmargin.simulation.engine;

/** Told how many paths are done; called from worker threads, so implementations must be thread-safe. */
@FunctionalInterface
public interface ProgressListener {
    /** A listener that ignores progress. */
    ProgressListener NONE = (done, total) -> { };

    /** {@code done} of {@code total} paths are complete. */
    void pathsDone(long done, long total);
}
