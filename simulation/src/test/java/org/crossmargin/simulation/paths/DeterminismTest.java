package org.crossmargin.simulation.paths;

import static org.crossmargin.simulation.paths.PathStatistics.path;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.core.source64.SplitMix64;
import org.apache.commons.rng.core.source64.XoShiRo256PlusPlus;
import org.crossmargin.simulation.input.InputException;
import org.crossmargin.simulation.scenario.ModelSpec;
import org.crossmargin.simulation.scenario.Scenario;
import org.crossmargin.simulation.scenario.StudentTSpec;
import org.junit.jupiter.api.Test;

/** DESIGN §5: path {@code p} depends on {@code (seed, p)} alone, whatever thread or order generates it. */
class DeterminismTest {
    private static final int PATHS = 64;

    private static Scenario scenario(ModelSpec model, boolean antithetic) {
        return TestScenarios.builder().market("BTC", 64_000, 0.6, 0.05).market("ETH", 3_100, 0.75, 0)
                .market("USDT", 1, 0, 0).correlation(0, 1, 0.85).model(model).steps(120).seed(20_200_312L)
                .antithetic(antithetic).build();
    }

    /** Every path filled in order by one model: the reference. */
    private static double[][] sequential(PathModelFactory factory) {
        PathModel model = factory.newModel();
        double[][] paths = new double[PATHS][];
        for (int p = 0; p < PATHS; p++) {
            paths[p] = path(model, p);
        }
        return paths;
    }

    /** The same paths in a shuffled order on 4 threads, one model per thread, each reusing one buffer. */
    private static double[][] shuffledOnThreads(PathModelFactory factory) throws Exception {
        List<Integer> order = new ArrayList<>();
        for (int p = 0; p < PATHS; p++) {
            order.add(p);
        }
        // java.util.Random only shuffles the test's work order; it feeds no path.
        Collections.shuffle(order, new Random(42));
        double[][] paths = new double[PATHS][];
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int w = 0; w < 4; w++) {
                final int worker = w;
                done.add(pool.submit(() -> {
                    PathModel model = factory.newModel();
                    double[] buffer = new double[model.pathLength()];
                    for (int k = worker; k < PATHS; k += 4) {
                        int p = order.get(k);
                        model.fill(p, buffer);
                        paths[p] = buffer.clone();
                    }
                }));
            }
            for (Future<?> f : done) {
                f.get();
            }
        } finally {
            pool.shutdown();
        }
        return paths;
    }

    @Test
    void gbmPathsAreTheSameBitsOnAnyThreadInAnyOrder() throws Exception {
        PathModelFactory factory = PathModels.factory(scenario(new org.crossmargin.simulation.scenario.GbmSpec(),
                false));
        double[][] reference = sequential(factory);
        double[][] shuffled = shuffledOnThreads(factory);
        for (int p = 0; p < PATHS; p++) {
            assertArrayEquals(reference[p], shuffled[p], 0.0, "path " + p);
        }
    }

    @Test
    void studentTPathsAreTheSameBitsOnAnyThreadInAnyOrder() throws Exception {
        PathModelFactory factory = PathModels.factory(scenario(new StudentTSpec(4), true));
        double[][] reference = sequential(factory);
        double[][] shuffled = shuffledOnThreads(factory);
        for (int p = 0; p < PATHS; p++) {
            assertArrayEquals(reference[p], shuffled[p], 0.0, "path " + p);
        }
    }

    @Test
    void refillingAPathGivesTheSameBits() throws InputException {
        PathModel model = PathModels.create(scenario(new StudentTSpec(5), false));
        double[] first = path(model, 9);
        path(model, 10);
        assertArrayEquals(first, path(model, 9), 0.0);
    }

    @Test
    void differentPathsDiffer() throws InputException {
        PathModel model = PathModels.create(scenario(new StudentTSpec(5), false));
        assertFalse(Arrays.equals(path(model, 0), path(model, 1)));
    }

    @Test
    void differentSeedsDiffer() throws InputException {
        Scenario base = scenario(new StudentTSpec(5), false);
        double[] a = path(PathModels.create(base), 3);
        double[] b = path(PathModels.create(base.withPathsAndSeed(base.paths(), base.seed() + 1)), 3);
        assertFalse(Arrays.equals(a, b));
    }

    @Test
    void pathCountDoesNotChangeAPath() throws InputException {
        // The stream depends on (seed, p) only: a run of 10 paths and one of 10,000 share path 3.
        Scenario base = scenario(new StudentTSpec(5), false);
        double[] a = path(PathModels.create(base.withPathsAndSeed(10, base.seed())), 3);
        double[] b = path(PathModels.create(base.withPathsAndSeed(10_000, base.seed())), 3);
        assertArrayEquals(a, b, 0.0);
    }

    @Test
    void streamIsXoShiRo256PlusPlusSeededFromTheSplitMix64WordsOfThePath() {
        // The documented construction, built from Commons RNG's own classes: path p's xoshiro256++ state is the four
        // SplitMix64 outputs 4p + 1 .. 4p + 4 of SplitMix64(base), base = SplitMix64(seed)'s first output. For small
        // p the reference walks SplitMix64(base) output by output (no jump arithmetic, so PathStream's jump is
        // checked too); for large p it seeds SplitMix64 at the jump target. Draw for draw, for seeds with the high bit
        // set and path indices near the 64-bit edge (where 4p wraps).
        for (long seed : new long[] {20_200_312L, 0L, -1L, Long.MIN_VALUE, 0x9E3779B97F4A7C15L}) {
            final long base = new SplitMix64(seed).nextLong();
            PathStream stream = new PathStream(seed, false);
            for (long path : new long[] {77, 0, 1, 2, 123_456_789_012L, Long.MAX_VALUE}) {
                final SplitMix64 words;
                if (path < 1_000) {
                    words = new SplitMix64(base);
                    for (long skip = 0; skip < 4 * path; skip++) {
                        words.nextLong();
                    }
                } else {
                    words = new SplitMix64(base + 4 * path * 0x9E3779B97F4A7C15L);
                }
                UniformRandomProvider reference = new XoShiRo256PlusPlus(
                        new long[] {words.nextLong(), words.nextLong(), words.nextLong(), words.nextLong()});
                stream.reset(path);
                for (int i = 0; i < 5_000; i++) {
                    assertEquals(reference.nextLong(), stream.nextLong(),
                            "seed " + seed + " path " + path + " draw " + i);
                }
            }
        }
    }

    @Test
    void everyKindOfDrawIsTheLibrarysAndResetForgetsTheCachedHalfLong() {
        // Bootstrap and regime-switching draw nextInt(n) and nextDouble; LongProvider's nextInt caches the other half
        // of a long. A reset in the middle of that cache must start the path afresh: path 5 after an odd number of
        // nextInt() calls on path 4 equals path 5 drawn first.
        final long seed = 31;
        final long base = new SplitMix64(seed).nextLong();
        final SplitMix64 words = new SplitMix64(base + 4 * 5 * 0x9E3779B97F4A7C15L);
        UniformRandomProvider reference = new XoShiRo256PlusPlus(
                new long[] {words.nextLong(), words.nextLong(), words.nextLong(), words.nextLong()});
        PathStream stream = new PathStream(seed, false);
        stream.reset(4);
        stream.nextInt();
        stream.reset(5);
        for (int i = 0; i < 1_000; i++) {
            assertEquals(reference.nextInt(), stream.nextInt(), "nextInt " + i);
            assertEquals(reference.nextDouble(), stream.nextDouble(), "nextDouble " + i);
            assertEquals(reference.nextInt(1_441), stream.nextInt(1_441), "nextInt(n) " + i);
            assertEquals(reference.nextLong(), stream.nextLong(), "nextLong " + i);
        }
    }

    @Test
    void antitheticOddPathReusesTheEvenPathsStream() {
        PathStream stream = new PathStream(5, true);
        assertEquals(1.0, stream.reset(6));
        long first = stream.nextLong();
        assertEquals(-1.0, stream.reset(7));
        assertEquals(first, stream.nextLong());
        stream.reset(8);
        assertFalse(first == stream.nextLong());
    }
}
