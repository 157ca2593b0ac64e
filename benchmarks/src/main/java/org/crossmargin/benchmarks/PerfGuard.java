package org.crossmargin.benchmarks;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.Locale;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.results.format.ResultFormatType;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * The CI performance guard: a short JMH run (one fork) of {@link KernelBenchmark}'s exhaustive and screened kernels
 * on the calm canonical workload in cross margin, failing unless screened / exhaustive throughput is at least
 * {@link #FLOOR}. A ratio of two kernels measured in the same fork, one after the other, is what a noisy or slow
 * machine cannot fake: both slow down together. Absolute scores are printed and written as JSON, never asserted.
 *
 * <p>Run by {@code mvn verify} in the benchmarks module (profile {@code perf-guard}, on unless
 * {@code -DskipPerfGuard}); by hand: {@code java -cp benchmarks/target/benchmarks.jar
 * org.crossmargin.benchmarks.PerfGuard [results.json]}. Exit status 0 when the ratio holds, 1 when not.
 */
public final class PerfGuard {
    /**
     * Least screened / exhaustive throughput ratio on calm prices (measured: 200 to 270 on this 2-core machine);
     * {@code -Dcrossmargin.perfGuardFloor=X} overrides it (to watch the guard fail, give a huge floor).
     */
    static final double FLOOR = Double.parseDouble(System.getProperty("crossmargin.perfGuardFloor", "20"));

    private PerfGuard() {
    }

    /** Runs the guard; {@code args[0]}, when given, is where the JMH JSON goes. */
    public static void main(String[] args) throws RunnerException, java.io.IOException {
        final Path json = Path.of(args.length > 0 ? args[0] : "target/perf-guard.json").toAbsolutePath();
        Files.createDirectories(json.getParent());
        final Options options = new OptionsBuilder()
                .include(KernelBenchmark.class.getName() + "\\.(exhaustive|screened)$")
                .param("scenario", "calm")
                .param("mode", "CROSS")
                .forks(1)
                .warmupIterations(2)
                .warmupTime(TimeValue.seconds(1))
                .measurementIterations(3)
                .measurementTime(TimeValue.seconds(1))
                .resultFormat(ResultFormatType.JSON)
                .result(json.toString())
                .build();
        final Collection<RunResult> results = new Runner(options).run();
        double exhaustive = Double.NaN;
        double screened = Double.NaN;
        for (RunResult result : results) {
            final String method = result.getParams().getBenchmark();
            final double score = result.getPrimaryResult().getScore();
            if (method.endsWith(".exhaustive")) {
                exhaustive = score;
            } else if (method.endsWith(".screened")) {
                screened = score;
            }
        }
        final double ratio = screened / exhaustive;
        final boolean holds = ratio >= FLOOR;
        System.out.printf(Locale.US, "perf-guard: calm cross, position-steps/s: exhaustive %.3g, screened %.3g; "
                + "ratio %.1f (floor %.0f): %s; JSON %s%n", exhaustive, screened, ratio, FLOOR,
                holds ? "ok" : "FAILED", json);
        if (!holds) {
            System.exit(1);
        }
    }
}
