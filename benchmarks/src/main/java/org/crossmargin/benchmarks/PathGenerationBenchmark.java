package org.crossmargin.benchmarks;

import java.util.concurrent.TimeUnit;
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

/**
 * Generation of one canonical price path (1,440 steps, 11 correlated markets, row 0 the start): gbm and student-t
 * (nu = 4), each invocation a new path index so every call draws a fresh path stream as a run does. Scores are
 * market-steps per second ({@code @OperationsPerInvocation(STEPS * MARKETS)}).
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms512m", "-Xmx512m"})
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class PathGenerationBenchmark {
    /** The model: {@code gbm} or the canonical {@code student-t}. */
    @Param({"gbm", "student-t"})
    public String model;

    private PathModel generator;
    private double[] prices;
    private long path;

    /** Builds the model of the calm canonical scenario (not timed). */
    @Setup
    public void setUp() throws InputException {
        Workload workload = Workload.of("calm", model.equals("gbm"));
        generator = workload.factory.newModel();
        prices = new double[generator.pathLength()];
    }

    /** Fills one path; returns its last price so the work is not dead code. */
    @Benchmark
    @OperationsPerInvocation(Workload.STEPS * Workload.MARKETS)
    public double fill() {
        generator.fill(path++, prices);
        return prices[prices.length - 1];
    }
}
