package org.crossmargin.benchmarks;

import java.util.concurrent.TimeUnit;
import org.crossmargin.core.book.CompiledBook;
import org.crossmargin.core.book.ImpactPathRunner;
import org.crossmargin.core.book.MarketImpact;
import org.crossmargin.core.book.PathState;
import org.crossmargin.core.book.PriceRanges;
import org.crossmargin.core.book.RunMode;
import org.crossmargin.simulation.input.InputException;
import org.crossmargin.simulation.paths.PathModel;
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
import org.openjdk.jmh.infra.Blackhole;

/**
 * One whole canonical path as a run does it: generate the prices (student-t), build their block ranges, then run
 * them through the book in cross and in isolated margin (common random numbers) with the screened kernel. Scores are position-steps per
 * second over both modes ({@code 2 * STEPS * POSITIONS} per path); the inverse is the wall time of one path on one
 * core, which times 2,000 paths is the canonical run's compute.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms512m", "-Xmx512m"})
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class CanonicalPathBenchmark {
    /**
     * Which canonical scenario: {@code calm}, {@code crash}, or {@code crash-impact} (the crash with the market
     * impact of the cascade scenario: every unit every step, each step run twice for mid-impact fills).
     */
    @Param({"calm", "crash", "crash-impact"})
    public String scenario;

    private PathModel model;
    private double[] prices;
    private CompiledBook cross;
    private CompiledBook isolated;
    private PathState crossState;
    private PathState isolatedState;
    private long path;
    private ImpactPathRunner crossImpact;
    private ImpactPathRunner isolatedImpact;
    private PriceRanges ranges;

    /** Loads the workload (not timed). */
    @Setup
    public void setUp() throws InputException {
        Workload workload = Workload.of(scenario, false);
        model = workload.factory.newModel();
        prices = new double[model.pathLength()];
        cross = workload.book(RunMode.CROSS);
        isolated = workload.book(RunMode.ISOLATED);
        crossState = cross.newState();
        isolatedState = isolated.newState();
        ranges = workload.newRanges();
        if (workload.scenario.impactOn()) {
            MarketImpact impact = workload.scenario.marketImpact().get()
                    .toSettings(workload.scenario.markets(), workload.scenario.stepSeconds());
            crossImpact = new ImpactPathRunner(cross, impact);
            isolatedImpact = new ImpactPathRunner(isolated, impact);
        }
    }

    /** Generates path {@code p}, runs both modes; sinks both outcomes' totals. */
    @Benchmark
    @OperationsPerInvocation(2 * Workload.STEPS * Workload.POSITIONS)
    public void bothModes(Blackhole sink) {
        model.fill(path++, prices);
        if (crossImpact == null) {
            ranges.build(prices, Workload.STEPS); // once per path, shared by the modes, as in a run
            cross.runPath(crossState, prices, Workload.STEPS, ranges, null);
            isolated.runPath(isolatedState, prices, Workload.STEPS, ranges, null);
        } else {
            crossImpact.runPath(crossState, prices, Workload.STEPS);
            isolatedImpact.runPath(isolatedState, prices, Workload.STEPS);
        }
        sink.consume(crossState.shortfall() + crossState.liquidatedAccounts());
        sink.consume(isolatedState.shortfall() + isolatedState.liquidatedAccounts());
    }
}
