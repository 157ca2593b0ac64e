package org.crossmargin.simulation.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Bad scenario, venue and book files and wrong usage through the command line: exit 2, every problem as
 * {@code file:line:column: field: message}, no stack trace, and no output folder (nor its temporary sibling).
 * The bad files are in src/test/resources/e2e/bad-*; each line and column below can be read off the file.
 */
class BadInputTest {
    @TempDir
    Path dir;

    private Cli.Result runInto(String scenario, String... more) {
        String[] args = new String[5 + more.length];
        args[0] = "run";
        args[1] = scenario;
        args[2] = "--out";
        args[3] = dir.resolve("out").toString();
        args[4] = "--quiet";
        System.arraycopy(more, 0, args, 5, more.length);
        return Cli.run(args);
    }

    /** Exit 2, the expected located problems, the closing count, no trace and nothing written. */
    private void assertRejected(Cli.Result result, List<String> problems) {
        assertEquals(2, result.code(), result.both());
        List<String> lines = result.err().lines().toList();
        assertEquals(problems.size() + 1, lines.size(), result.both());
        for (int i = 0; i < problems.size(); i++) {
            assertTrue(lines.get(i).startsWith(problems.get(i)), "line " + i + ": " + lines.get(i) + "\nexpected "
                    + problems.get(i));
        }
        assertEquals("crossmargin: " + problems.size() + " problem" + (problems.size() == 1 ? "" : "s")
                + " in the input; nothing was written", lines.get(problems.size()));
        assertNoTrace(result);
        assertEquals(List.of(), Cli.listing(dir), "no output folder and no .out.tmp-* sibling");
    }

    private static void assertNoTrace(Cli.Result result) {
        assertFalse(result.err().contains("Exception"), result.both());
        assertFalse(result.err().contains("at org."), result.both());
        assertFalse(result.err().contains("at java."), result.both());
    }

    @Test
    void badScenarioListsEveryProblemWithFileLineColumnAndField() {
        String file = Cli.input("bad-scenario.yaml").toString();
        assertRejected(runInto(file), List.of(
                file + ":7:8: paths: expected a whole number of paths",          // paths: 0
                file + ":11:34: markets.BTC.volatility: expected a number in",  // volatility: -0.5
                file + ":16:1: colour: unknown key"));                           // colour: blue
    }

    @Test
    void badVenueIsNamedThroughTheScenarioThatUsesIt() {
        String venue = Cli.input("bad-venue.yaml").toString();
        assertRejected(runInto(Cli.input("bad-venue-run.yaml").toString()), List.of(
                venue + ":4:13: liquidation.fee_rate: expected a fraction in [0, 1), got 1.5",
                venue + ":12:24: markets.BTC.tiers[1].max_notional: expected a cap above the previous tier's"));
    }

    @Test
    void badBookRowsAreNamedByLineAndColumn() {
        String book = Cli.input("bad-book.csv").toString();
        assertRejected(runInto(Cli.input("bad-book-run.yaml").toString()), List.of(
                book + ":3:5: quantity: expected a number, got \"1,5\"",
                book + ":4:2: margin_mode: expected cross or isolated, got \"crossed\"",
                book + ":5:2: margin_mode: expected cross or isolated, got \"crossed\""));
    }

    @Test
    void aMissingScenarioFileIsBadInput() {
        String missing = dir.resolve("no-such.yaml").toString();
        assertRejected(runInto(missing), List.of(missing + ": "));
    }

    @Test
    void validateExitsZeroOnGoodFilesAndTwoWithEveryProblemOfTheBadOnes() {
        String shock = Cli.input("shock.yaml").toString();
        String book = Cli.input("shock-book.csv").toString();
        String venue = Cli.input("shock-venue.yaml").toString();
        Cli.Result good = Cli.run("validate", shock, book, venue);
        assertEquals(0, good.code(), good.both());
        assertEquals(List.of("ok: " + shock, "ok: " + book, "ok: " + venue), good.out().lines().toList());

        String badVenue = Cli.input("bad-venue.yaml").toString();
        String badBook = Cli.input("bad-book.csv").toString();
        Cli.Result bad = Cli.run("validate", badVenue, shock, badBook);
        assertEquals(2, bad.code(), bad.both());
        assertEquals(List.of("ok: " + shock), bad.out().lines().toList());
        List<String> err = bad.err().lines().toList();
        assertEquals(2 + 3 + 1, err.size(), bad.both()); // two venue problems, three book problems, the count
        assertTrue(err.get(0).startsWith(badVenue + ":4:13: liquidation.fee_rate: "), bad.both());
        assertTrue(err.get(2).startsWith(badBook + ":3:5: quantity: "), bad.both());
        assertEquals("crossmargin: 2 of 3 files invalid", err.get(5));
        assertNoTrace(bad);
    }

    @Test
    void unknownOptionIsAUsageError() {
        Cli.Result result = runInto(Cli.input("shock.yaml").toString(), "--bogus");
        assertEquals(2, result.code(), result.both());
        assertTrue(result.err().startsWith("crossmargin: Unknown option: '--bogus'"), result.both());
        assertTrue(result.err().contains("Usage: crossmargin run"), result.both());
        assertNoTrace(result);
        assertEquals(List.of(), Cli.listing(dir));
    }

    @Test
    void zeroThreadsZeroPathsAndAnUnknownEngineAreUsageErrors() {
        String shock = Cli.input("shock.yaml").toString();
        Cli.Result threads = runInto(shock, "--threads", "0");
        assertEquals(2, threads.code(), threads.both());
        assertEquals("crossmargin: --threads: expected a number >= 1, got 0\n", threads.err());
        Cli.Result paths = runInto(shock, "--paths", "0");
        assertEquals(2, paths.code(), paths.both());
        assertEquals("crossmargin: --paths: expected a number >= 1, got 0\n", paths.err());
        Cli.Result engine = runInto(shock, "--engine", "fast");
        assertEquals(2, engine.code(), engine.both());
        assertTrue(engine.err().contains("expected exhaustive or screened, got 'fast'"), engine.both());
        for (Cli.Result result : List.of(threads, paths, engine)) {
            assertNoTrace(result);
        }
        assertEquals(List.of(), Cli.listing(dir));
    }

    @Test
    void noCommandAndNoScenarioAreUsageErrors() {
        Cli.Result none = Cli.run();
        assertEquals(2, none.code(), none.both());
        assertTrue(none.err().startsWith("crossmargin: expected a command: run, validate"), none.both());
        Cli.Result noScenario = Cli.run("run", "--quiet");
        assertEquals(2, noScenario.code(), noScenario.both());
        assertTrue(noScenario.err().contains("Missing required parameter: 'SCENARIO'"), noScenario.both());
    }

    @Test
    void anExistingNonEmptyOutputFolderNeedsForceAndIsLeftAloneWithout() throws IOException {
        Path out = Files.createDirectories(dir.resolve("out"));
        Files.writeString(out.resolve("notes.txt"), "keep me");
        Cli.Result refused = runInto(Cli.input("shock.yaml").toString(), "--no-report");
        assertEquals(2, refused.code(), refused.both());
        assertEquals("crossmargin: " + out + " exists and is not empty; use --force\n", refused.err());
        assertEquals(List.of("notes.txt"), Cli.listing(out));
        assertEquals(List.of("out"), Cli.listing(dir));

        Cli.Result forced = runInto(Cli.input("shock.yaml").toString(), "--no-report", "--force");
        assertEquals(0, forced.code(), forced.both());
        assertEquals(List.of("accounts.csv", "paths.csv", "price_fan.csv", "shocks.csv", "summary.json",
                "timeseries.csv"), Cli.listing(out)); // replaced whole: the old file is gone
        assertEquals(List.of("out"), Cli.listing(dir)); // and so is the folder it was moved aside into
    }

    @Test
    void anOutputFolderBelowAFileIsAUsageError() throws IOException {
        Path file = Files.writeString(dir.resolve("plain.txt"), "not a folder");
        Cli.Result result = Cli.run("run", Cli.input("shock.yaml").toString(), "--out",
                file.resolve("out").toString(), "--quiet");
        assertEquals(2, result.code(), result.both());
        assertTrue(result.err().contains("is not a folder"), result.both());
        assertNoTrace(result);
        assertEquals(List.of("plain.txt"), Cli.listing(dir));
    }
}
