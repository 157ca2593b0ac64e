package org.crossmargin.simulation.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Results depend on the scenario and the seed alone (DESIGN §5, §9): byte-identical output files for 1, 2 and 8
 * threads and for both engines; the same seed reproduces a run, another seed changes it. Only summary.json's
 * {@code run} object may differ. Scenario e2e/small.yaml with 250 paths: 8 blocks of 32, the last one partial, so
 * 8 threads each take a block and finish in any order.
 */
class DeterminismTest {
    private static final List<String> FILES = List.of("accounts.csv", "paths.csv", "timeseries.csv",
            "price_fan.csv", "shocks.csv");

    @TempDir
    static Path dir;

    @BeforeAll
    static void runAll() {
        run("threads-1", "--threads", "1");
        run("threads-2", "--threads", "2");
        run("threads-8", "--threads", "8");
        run("exhaustive", "--threads", "2", "--engine", "exhaustive");
        run("seed-42", "--threads", "2", "--seed", "42"); // the scenario's own seed, given explicitly
        run("seed-43", "--threads", "2", "--seed", "43");
    }

    private static void run(String name, String... options) {
        String[] args = new String[options.length + 6];
        args[0] = "run";
        args[1] = Cli.input("small.yaml").toString();
        args[2] = "--out";
        args[3] = dir.resolve(name).toString();
        args[4] = "--quiet";
        args[5] = "--no-report";
        System.arraycopy(options, 0, args, 6, options.length);
        Cli.Result result = Cli.run(args);
        assertEquals(0, result.code(), result.both());
    }

    @Test
    void oneTwoAndEightThreadsWriteTheSameBytes() throws IOException {
        assertSameResults("threads-1", "threads-2");
        assertSameResults("threads-1", "threads-8");
    }

    @Test
    void exhaustiveAndScreenedEnginesWriteTheSameBytes() throws IOException {
        assertSameResults("threads-2", "exhaustive");
        assertTrue(summaryText("exhaustive").contains("\"engine\" : \"exhaustive\""));
    }

    @Test
    void theSameSeedReproducesTheRun() throws IOException {
        assertSameResults("threads-2", "seed-42");
    }

    @Test
    void anotherSeedChangesThePathsButNotTheShape() throws IOException {
        assertFalse(Arrays.equals(bytes("threads-2", "paths.csv"), bytes("seed-43", "paths.csv")),
                "seed 43 gave the paths of seed 42");
        assertNotEquals(resultPart("threads-2"), resultPart("seed-43"));
        assertTrue(summaryText("seed-43").contains("\"seed\" : 43,"));
        assertEquals(Cli.header(dir.resolve("threads-2/paths.csv")), Cli.header(dir.resolve("seed-43/paths.csv")));
        assertEquals(Cli.rows(dir.resolve("threads-2/paths.csv")).size(),
                Cli.rows(dir.resolve("seed-43/paths.csv")).size());
    }

    @Test
    void onlyTheRunObjectOfTheSummaryNamesTheThreadCount() throws IOException {
        assertTrue(summaryText("threads-8").contains("\"threads\" : 8"));
        assertTrue(summaryText("threads-1").contains("\"threads\" : 1"));
        assertEquals(resultPart("threads-1"), resultPart("threads-8"));
    }

    private static void assertSameResults(String a, String b) throws IOException {
        for (String file : FILES) {
            assertArrayEquals(bytes(a, file), bytes(b, file), file + ": " + a + " vs " + b);
        }
        assertEquals(resultPart(a), resultPart(b), "summary.json without its run object: " + a + " vs " + b);
    }

    private static byte[] bytes(String run, String file) throws IOException {
        return Files.readAllBytes(dir.resolve(run).resolve(file));
    }

    private static String summaryText(String run) throws IOException {
        return Files.readString(dir.resolve(run).resolve("summary.json"), StandardCharsets.UTF_8);
    }

    /** summary.json's text up to its last key, {@code run} (the one part allowed to differ between runs). */
    private static String resultPart(String run) throws IOException {
        String text = summaryText(run);
        int cut = text.lastIndexOf("\"run\" :"); // the last key (OutputContractTest checks the order)
        assertTrue(cut > 0, "no run object in " + run);
        return text.substring(0, cut);
    }
}
