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
 * for C2's compilations than they save. Measured on the 2-core machine of README's Performance section (third
 * session), whole run with 2 threads: calm 2.2 s with C2 against 1.05 s with C1 alone. Where the two meet depends on
 * the workers: with one, the other core compiles for C2 while it runs, and C2 pays from about 4,000 canonical paths
 * (4,000 calm: 2.63 s on C1, 2.77 s on C2; 8,000: 4.58 s against 4.06 s); with two, C2's compilations take time
 * from the workers, and C1 stays ahead to about 15,000 (10,000 calm: 3.14 s against 3.62 s; crash 5.45 s against
 * 6.25 s; 20,000 calm: 6.36 s against 5.82 s). Hence {@link #QUICK_POSITION_STEPS} for one worker and
 * {@link #QUICK_POSITION_STEPS_PARALLEL} for more; market impact (every unit every step) and the exhaustive engine
 * always get C2. A restart costs one more JVM start and load, about 0.35 s, on a run of several seconds.
 */
final class CompilerPlan {
    /** The system property the launcher sets when it started the JVM with the quick compiler. */
    static final String QUICK_PROPERTY = "crossmargin.quickCompiler";
    /** Exit code asking the launcher to start the run again with the optimising compiler (sysexits' EX_TEMPFAIL). */
    static final int RESTART = 75;
    /**
     * Most position-steps (paths x steps x positions x modes) a screened run without impact does on C1 alone with
     * one worker thread: about 4,000 canonical paths.
     */
    static final double QUICK_POSITION_STEPS = 2.6e10;
    /** The same with two or more worker threads: about 14,000 canonical paths. */
    static final double QUICK_POSITION_STEPS_PARALLEL = 9.0e10;

    private CompilerPlan() {
    }

    /** True when this JVM runs on the quick compiler but {@code runs} on {@code threads} need the optimising one. */
    static boolean needsRestart(Collection<RunInputs> runs, EngineKind engine, int threads) {
        return Boolean.getBoolean(QUICK_PROPERTY) && !quickEnough(runs, engine, threads);
    }

    /**
     * True when {@code runs}, one after another on {@code engine} with {@code threads} worker threads, are short
     * enough for the quick compiler.
     */
    static boolean quickEnough(Collection<RunInputs> runs, EngineKind engine, int threads) {
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
        return positionSteps <= (threads >= 2 ? QUICK_POSITION_STEPS_PARALLEL : QUICK_POSITION_STEPS);
    }
}
