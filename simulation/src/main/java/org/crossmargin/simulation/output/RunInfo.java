package org.crossmargin.simulation.output;

import java.util.Objects;

/**
 * The {@code run} object of {@code summary.json}: how the run was executed. The only part of the outputs allowed to
 * differ between two runs with the same inputs.
 *
 * @param engine                  the engine's name (e.g. {@code screened})
 * @param engineVersion           the toolkit's version
 * @param threads                 worker threads used
 * @param wallSeconds             wall-clock time of the simulation, seconds
 * @param positionSteps           positions × steps × paths × modes simulated
 * @param positionStepsPerSecond  throughput, position-steps per second
 */
public record RunInfo(String engine, String engineVersion, int threads, double wallSeconds, double positionSteps,
                      double positionStepsPerSecond) {
    public RunInfo {
        Objects.requireNonNull(engine, "engine");
        Objects.requireNonNull(engineVersion, "engineVersion");
        if (threads <= 0) {
            throw new IllegalArgumentException("threads: expected a number > 0, got " + threads);
        }
        if (!(wallSeconds >= 0 && positionSteps >= 0)) {
            throw new IllegalArgumentException("run: expected times and counts >= 0, got " + wallSeconds + ", "
                    + positionSteps);
        }
    }
}
