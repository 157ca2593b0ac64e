package org.crossmargin.simulation.cli;

import java.util.Collection;
import org.crossmargin.simulation.engine.EngineKind;
import org.crossmargin.simulation.scenario.RunInputs;
import org.crossmargin.simulation.scenario.Scenario;

/**
 * Which JIT compiler a run should have: the launcher starts the JVM with the quick one (C1 alone,
 * {@code -XX:TieredStopAtLevel=1}, which compiles in milliseconds) and {@code -D}{@value #QUICK_PROPERTY}; a run
 * too long for it exits with {@link #RESTART} right after loading, before writing anything, and the launcher starts
 * it again with the optimising compiler (C2).
 *
 * <p>Why: a canonical run (2,000 paths of the 2,221-position book, 1,440 steps, two modes) spends more time waiting
 * for C2's compilations than they save. Measured on the 2-core machine of README's Performance section, whole run
 * with 2 threads: calm 2.0 s with C2, 1.3 s with C1 alone; crash 2.5-3.8 s against 1.8-2.0 s. Longer runs need C2:
 * 20,000 calm paths take 7.7 s with C1 alone against 5.6-6.3 s, and market impact (every unit every step) 46 s against 27 s on
 * {@code cascade-2025-10-10}. The line is drawn at {@link #QUICK_POSITION_STEPS}, twice the canonical workload;
 * market impact and the exhaustive engine always get C2. A restart costs one more JVM start and load, about 0.3 s,
 * on a run of at least several seconds.
 */
final class CompilerPlan {
    /** The system property the launcher sets when it started the JVM with the quick compiler. */
    static final String QUICK_PROPERTY = "crossmargin.quickCompiler";
    /** Exit code asking the launcher to start the run again with the optimising compiler (sysexits' EX_TEMPFAIL). */
    static final int RESTART = 75;
    /** Most position-steps (paths x steps x positions x modes) a screened run without impact does on C1 alone. */
    static final double QUICK_POSITION_STEPS = 2.6e10;

    private CompilerPlan() {
    }

    /** True when this JVM runs on the quick compiler but {@code runs} need the optimising one. */
    static boolean needsRestart(Collection<RunInputs> runs, EngineKind engine) {
        return Boolean.getBoolean(QUICK_PROPERTY) && !quickEnough(runs, engine);
    }

    /** True when {@code runs}, one after another on {@code engine}, are short enough for the quick compiler. */
    static boolean quickEnough(Collection<RunInputs> runs, EngineKind engine) {
        if (engine == EngineKind.EXHAUSTIVE) {
            return false;
        }
        double positionSteps = 0.0;
        for (RunInputs inputs : runs) {
            final Scenario scenario = inputs.scenario();
            if (scenario.impactOn()) {
                return false;
            }
            final int positions = inputs.book().accounts().stream().mapToInt(a -> a.positions().size()).sum();
            positionSteps += (double) scenario.paths() * scenario.steps() * positions * scenario.modes().size();
        }
        return positionSteps <= QUICK_POSITION_STEPS;
    }
}
