package org.crossmargin.core.book;

/**
 * A reader of a path's state after each step, for the few paths whose per-step aggregates a report samples (see
 * {@link CompiledBook#runPath(PathState, double[], int, StepObserver)}). It must only read the state.
 */
@FunctionalInterface
public interface StepObserver {
    /**
     * Called after step {@code step} (1-based) of {@code prices} has been applied and settled: {@code state} is then
     * exactly what the exhaustive loop leaves after that step.
     */
    void afterStep(PathState state, double[] prices, int step);
}
