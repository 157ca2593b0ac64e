package org.crossmargin.benchmarks;

import java.util.concurrent.TimeUnit;
import org.crossmargin.core.book.CompiledBook;
import org.crossmargin.core.book.PathState;
import org.crossmargin.core.book.PriceRanges;
import org.crossmargin.core.book.RunMode;
import org.crossmargin.simulation.input.InputException;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The hot loop on one canonical path (1,440 steps, 2,221 positions) in one margin mode, pre-generated prices: the
 * exhaustive kernel ({@code CompiledBook.step} on every step) against the screened one ({@code runPath}). Scores
 * are position-steps per second ({@code @OperationsPerInvocation(STEPS * POSITIONS)}), so they compare directly; an
 * invocation is one real path, not an amortising loop, and successive invocations cycle through {@link #PATHS}
 * different paths so the branch predictor cannot learn one.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms512m", "-Xmx512m"})
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class KernelBenchmark {
    /** Distinct pre-generated paths cycled through. */
    static final int PATHS = 16;
    private static final int OPERATIONS = Workload.STEPS * Workload.POSITIONS;

    /** Which canonical scenario's prices: {@code calm} or {@code crash}. */
    @Param({"calm", "crash"})
    public String scenario;

    /** Margin mode the book is compiled for. */
    @Param({"CROSS", "ISOLATED"})
    public RunMode mode;

    private CompiledBook book;
    private PriceRanges ranges;
    private PathState state;
    private double[][] paths;
    private int next;

    /** Loads the workload and pre-generates the paths (not timed). */
    @Setup
    public void setUp() throws InputException {
        Workload workload = Workload.of(scenario, false);
        book = workload.book(mode);
        state = book.newState();
        paths = workload.paths(PATHS);
        ranges = workload.newRanges();
    }

    private double[] nextPath() {
        next = next + 1 == PATHS ? 0 : next + 1;
        return paths[next];
    }

    /** Every unit on every step: the reference kernel. Returns the path's shortfall so nothing is dead code. */
    @Benchmark
    @OperationsPerInvocation(OPERATIONS)
    public double exhaustive() {
        final double[] prices = nextPath();
        final CompiledBook b = book;
        final PathState s = state;
        final int markets = Workload.MARKETS;
        s.reset();
        for (int t = 1; t <= Workload.STEPS; t++) {
            b.step(s, prices, t * markets, t);
        }
        b.finish(s, prices, Workload.STEPS * markets);
        return s.shortfall() + s.liquidatedAccounts() + s.accountEndValue(0);
    }

    /**
     * The screened kernel on the same path, as the runner calls it (the block ranges built for the path, with the
     * markets' volatilities as scales): the same result, bit for bit. The ranges are built inside, though a run
     * shares them between its two modes.
     */
    @Benchmark
    @OperationsPerInvocation(OPERATIONS)
    public double screened() {
        final double[] prices = nextPath();
        ranges.build(prices, Workload.STEPS);
        book.runPath(state, prices, Workload.STEPS, ranges, null);
        return state.shortfall() + state.liquidatedAccounts() + state.accountEndValue(0);
    }
}
