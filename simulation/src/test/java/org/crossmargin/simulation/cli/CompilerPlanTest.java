package org.crossmargin.simulation.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.crossmargin.simulation.engine.EngineKind;
import org.crossmargin.simulation.scenario.RunInputs;
import org.crossmargin.simulation.scenario.Scenario;
import org.crossmargin.simulation.scenario.ScenarioLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Which runs the quick JIT compiler carries, and the restart a longer one asks the launcher for. */
class CompilerPlanTest {
    private static final Path SHIPPED = Path.of("../scenarios");

    private static RunInputs withPaths(RunInputs inputs, int paths) {
        Scenario scenario = inputs.scenario().withPathsAndSeed(paths, inputs.scenario().seed());
        return new RunInputs(scenario, inputs.book(), inputs.venue(), inputs.warnings());
    }

    @Test
    void theCanonicalRunIsQuickEnoughAndThreeTimesItIsNotOnOneWorker() throws Exception {
        RunInputs calm = ScenarioLoader.load(SHIPPED.resolve("bench-calm.yaml"));
        // 2,000 paths x 1,440 steps x 2,221 positions x 2 modes = 1.279e10 <= 2.6e10
        assertTrue(CompilerPlan.quickEnough(List.of(calm), EngineKind.SCREENED, 1));
        // 2 runs of it in a batch: 2.56e10, still quick; 3: 3.84e10, not; nor 6,000 paths in one run
        assertTrue(CompilerPlan.quickEnough(List.of(calm, calm), EngineKind.SCREENED, 1));
        assertFalse(CompilerPlan.quickEnough(List.of(calm, calm, calm), EngineKind.SCREENED, 1));
        assertFalse(CompilerPlan.quickEnough(List.of(withPaths(calm, 6_000)), EngineKind.SCREENED, 1));
        // every unit on every step: C2 whatever the size
        assertFalse(CompilerPlan.quickEnough(List.of(withPaths(calm, 10)), EngineKind.EXHAUSTIVE, 1));
    }

    @Test
    void twoWorkersStayOnTheQuickCompilerToAboutFourteenThousandCanonicalPaths() throws Exception {
        RunInputs calm = ScenarioLoader.load(SHIPPED.resolve("bench-calm.yaml"));
        // 6,000 paths: 3.84e10 <= 9.0e10; 14,000: 8.96e10, still; 14,100: 9.03e10, not (1,440 x 2,221 x 2 a path)
        assertTrue(CompilerPlan.quickEnough(List.of(withPaths(calm, 6_000)), EngineKind.SCREENED, 2));
        assertTrue(CompilerPlan.quickEnough(List.of(withPaths(calm, 14_000)), EngineKind.SCREENED, 2));
        assertFalse(CompilerPlan.quickEnough(List.of(withPaths(calm, 14_100)), EngineKind.SCREENED, 2));
        assertTrue(CompilerPlan.quickEnough(List.of(calm, calm, calm), EngineKind.SCREENED, 8));
        assertFalse(CompilerPlan.quickEnough(List.of(withPaths(calm, 10)), EngineKind.EXHAUSTIVE, 2));
    }

    @Test
    void marketImpactAlwaysGetsTheOptimisingCompiler() throws Exception {
        RunInputs impact = ScenarioLoader.load(SHIPPED.resolve("bench-crash-impact.yaml"));
        assertFalse(CompilerPlan.quickEnough(List.of(withPaths(impact, 2)), EngineKind.SCREENED, 2));
    }

    @Test
    void onTheQuickCompilerALongRunAsksForARestartBeforeWritingAnything(@TempDir Path dir) {
        Path out = dir.resolve("out");
        String before = System.getProperty(CompilerPlan.QUICK_PROPERTY);
        System.setProperty(CompilerPlan.QUICK_PROPERTY, "true");
        try {
            Cli.Result restart = Cli.run("run", SHIPPED.resolve("bench-calm.yaml").toString(), "--paths", "6000",
                    "--threads", "1", "--out", out.toString(), "--quiet");
            assertEquals(CompilerPlan.RESTART, restart.code(), restart.both());
            assertFalse(Files.exists(out), "nothing written before the restart");
            assertEquals("", restart.out());
            assertEquals("", restart.err());
            // on two threads the line is further out: 15,000 paths, 9.6e10 position-steps
            Cli.Result parallel = Cli.run("run", SHIPPED.resolve("bench-calm.yaml").toString(), "--paths", "15000",
                    "--threads", "2", "--out", out.toString(), "--quiet");
            assertEquals(CompilerPlan.RESTART, parallel.code(), parallel.both());
            assertFalse(Files.exists(out), "nothing written before the restart");
            // a batch adds its runs up: three canonical runs, 3.84e10 position-steps, are too many for C1 on one worker
            String calm = SHIPPED.resolve("bench-calm.yaml").toString();
            Cli.Result batch = Cli.run("batch", "--out", out.toString(), "--quiet", "--threads", "1", calm, calm,
                    calm);
            assertEquals(CompilerPlan.RESTART, batch.code(), batch.both());
            assertFalse(Files.exists(out), "nothing written before the restart");
            // a short run goes ahead on the quick compiler
            Cli.Result small = Cli.run("run", Cli.input("small.yaml").toString(), "--out", out.toString(),
                    "--quiet", "--no-report");
            assertEquals(Main.OK, small.code(), small.both());
        } finally {
            if (before == null) {
                System.clearProperty(CompilerPlan.QUICK_PROPERTY);
            } else {
                System.setProperty(CompilerPlan.QUICK_PROPERTY, before);
            }
        }
    }

    @Test
    void withoutTheLauncherNothingRestarts() throws Exception {
        // java -jar without the launcher's property: whatever the run, it runs
        RunInputs calm = ScenarioLoader.load(SHIPPED.resolve("bench-calm.yaml"));
        assertFalse(CompilerPlan.needsRestart(List.of(withPaths(calm, 20_000)), EngineKind.SCREENED, 1));
    }
}
