package org.crossmargin.simulation.engine;

import java.util.Arrays;

/**
 * The steps at which the report's time series are sampled (docs/outputs.md, timeseries.csv): step 0, every
 * {@code max(1, steps / 120)}-th step, and the last step — at most about 122 points whatever the horizon, so the
 * report stays small.
 */
public final class SampledSteps {
    /** Paths whose per-step aggregates feed the fan charts: the first {@code RESERVOIR} by index. */
    public static final int RESERVOIR = 100;

    private final int[] steps;
    private final int[] sampleOfStep;

    /** The sampled steps of a path of {@code steps} steps. */
    public SampledSteps(int steps) {
        final int stride = Math.max(1, steps / 120);
        int count = steps / stride + 1;
        boolean lastIncluded = steps % stride == 0;
        int[] chosen = new int[lastIncluded ? count : count + 1];
        for (int i = 0; i < count; i++) {
            chosen[i] = i * stride;
        }
        if (!lastIncluded) {
            chosen[count] = steps;
        }
        this.steps = chosen;
        this.sampleOfStep = new int[steps + 1];
        Arrays.fill(sampleOfStep, -1);
        for (int i = 0; i < chosen.length; i++) {
            sampleOfStep[chosen[i]] = i;
        }
    }

    /** Number of sampled steps. */
    public int size() {
        return steps.length;
    }

    /** The step of sample {@code i}. */
    public int step(int i) {
        return steps[i];
    }

    /** The sample index of {@code step}, or -1 when the step is not sampled. */
    public int sampleOf(int step) {
        return sampleOfStep[step];
    }

    /** Reservoir size of a run of {@code paths} paths. */
    public static int reservoir(int paths) {
        return Math.min(paths, RESERVOIR);
    }
}
