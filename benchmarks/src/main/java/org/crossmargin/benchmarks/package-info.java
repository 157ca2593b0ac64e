/**
 * JMH benchmarks of the hot loop on the canonical workload ({@link org.crossmargin.benchmarks.Workload}): the kernels
 * ({@link org.crossmargin.benchmarks.KernelBenchmark}), path generation
 * ({@link org.crossmargin.benchmarks.PathGenerationBenchmark}), a whole path in both modes
 * ({@link org.crossmargin.benchmarks.CanonicalPathBenchmark}); and the CI guard
 * ({@link org.crossmargin.benchmarks.PerfGuard}, the entry point {@code mvn verify} runs).
 */
package org.crossmargin.benchmarks;
