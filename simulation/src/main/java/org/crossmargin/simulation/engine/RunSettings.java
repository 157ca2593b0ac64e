package org.crossmargin.simulation.engine;

import java.util.Objects;

/**
 * How to run a scenario; none of these settings changes a result.
 *
 * @param threads    worker threads, &gt;= 1
 * @param engine     hot loop to use
 * @param timeseries whether to record the report's per-step aggregates over the reservoir paths
 */
public record RunSettings(int threads, EngineKind engine, boolean timeseries) {
    public RunSettings {
        if (threads < 1) {
            throw new IllegalArgumentException("threads: expected at least 1, got " + threads);
        }
        Objects.requireNonNull(engine, "engine");
    }

    /** All available cores, the screened engine, time series on. */
    public static RunSettings defaults() {
        return new RunSettings(Runtime.getRuntime().availableProcessors(), EngineKind.SCREENED, true);
    }
}
