package org.crossmargin.simulation.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The other commands end to end: {@code --help}, {@code --version}, {@code scenarios}, {@code batch}, exit code 1. */
class CommandsTest {
    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(strings = {"run", "validate", "scenarios", "batch", "report"})
    void helpOfEachCommandPrintsItsUsageAndExitsZero(String command) {
        Cli.Result help = Cli.run(command, "--help");
        assertEquals(0, help.code(), help.both());
        assertTrue(help.out().startsWith("Usage: crossmargin " + command), help.both());
        assertEquals("", help.err());
        Cli.Result viaHelp = Cli.run("help", command);
        assertEquals(0, viaHelp.code(), viaHelp.both());
        assertEquals(help.out(), viaHelp.out());
    }

    @Test
    void runHelpListsTheContractOptions() {
        String help = Cli.run("run", "--help").out();
        for (String option : List.of("--out", "--paths", "--seed", "--threads", "--force", "--quiet", "--engine",
                "--debug")) {
            assertTrue(help.contains(option), option + " missing from\n" + help);
        }
    }

    @Test
    void topLevelHelpAndVersionExitZero() {
        Cli.Result help = Cli.run("--help");
        assertEquals(0, help.code(), help.both());
        for (String command : List.of("run", "validate", "scenarios", "batch", "report")) {
            assertTrue(help.out().contains("  " + command + " "), command + " missing from\n" + help.out());
        }
        Cli.Result version = Cli.run("--version");
        assertEquals(0, version.code(), version.both());
        assertEquals("crossmargin " + Version.engineVersion() + "\n", version.out());
    }

    @Test
    void scenariosListsEveryShippedScenarioOnALineOfItsOwn() throws IOException {
        // tests run in the module folder: the shipped scenarios are one level up
        Path shipped = Path.of("../scenarios");
        List<String> files;
        try (Stream<Path> listing = Files.list(shipped)) {
            files = listing.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".yaml")).sorted().toList();
        }
        Cli.Result result = Cli.run("scenarios", "--dir", shipped.toString());
        assertEquals(0, result.code(), result.both());
        List<String> lines = result.out().lines().toList();
        assertEquals(files.size(), lines.size(), result.out());
        for (int i = 0; i < files.size(); i++) {
            String line = lines.get(i);
            assertTrue(line.startsWith("scenarios/" + files.get(i) + " "), line);
            assertFalse(line.contains("invalid:"), line);
            assertTrue(line.matches(".* \\(\\d+ paths, \\d+ steps, [a-z-]+\\)$"), line);
        }
    }

    @Test
    void scenariosWithoutAFolderIsAUsageError() {
        Cli.Result result = Cli.run("scenarios", "--dir", dir.resolve("none").toString());
        assertEquals(2, result.code(), result.both());
        assertTrue(result.err().startsWith("crossmargin: no scenarios folder found at "), result.both());
    }

    @Test
    void batchWritesASubfolderPerScenarioAndAnIndex() throws IOException {
        Path out = dir.resolve("batch");
        Cli.Result result = Cli.run("batch", Cli.input("shock.yaml").toString(), Cli.input("small.yaml").toString(),
                Cli.input("shock.yaml").toString(), "--out", out.toString(), "--paths", "64", "--quiet",
                "--threads", "2");
        assertEquals(0, result.code(), result.both());
        // a scenario given twice gets a numbered folder
        assertEquals(List.of("index.csv", "index.html", "small-crash", "zero-vol-shock", "zero-vol-shock-2"),
                Cli.listing(out));
        assertEquals(List.of("batch"), Cli.listing(dir)); // no temporary sibling left
        for (String sub : List.of("small-crash", "zero-vol-shock", "zero-vol-shock-2")) {
            assertTrue(Files.isRegularFile(out.resolve(sub).resolve("summary.json")), sub);
            assertTrue(Files.isRegularFile(out.resolve(sub).resolve("report.html")), sub);
        }
        assertEquals(BatchCommand.INDEX_HEADER, Cli.header(out.resolve("index.csv")));
        List<CSVRecord> rows = Cli.rows(out.resolve("index.csv"));
        assertEquals(3 * 2, rows.size()); // scenario x mode, in the order given
        assertEquals(List.of("zero-vol-shock", "cross", "64"),
                List.of(rows.get(0).get("scenario"), rows.get(0).get("mode"), rows.get(0).get("paths")));
        assertEquals("small-crash", rows.get(2).get("scenario"));
        assertEquals("zero-vol-shock-2", rows.get(5).get("folder"));
        // the zero-volatility scenario's cross shortfall, 507 on every path (ZeroVolatilityShockTest)
        assertEquals(507.0, Double.parseDouble(rows.get(0).get("shortfall_mean")), 1e-9 * 507);
    }

    @Test
    void batchValidatesEveryScenarioBeforeRunningAny() {
        Path out = dir.resolve("batch");
        String bad = Cli.input("bad-scenario.yaml").toString();
        String badBook = Cli.input("bad-book.csv").toString();
        Cli.Result result = Cli.run("batch", Cli.input("shock.yaml").toString(), bad,
                Cli.input("bad-book-run.yaml").toString(), "--out", out.toString(), "--quiet");
        assertEquals(2, result.code(), result.both());
        assertTrue(result.err().contains(bad + ":7:8: paths: "), result.both());
        assertTrue(result.err().contains(badBook + ":3:5: quantity: "), result.both());
        assertTrue(result.err().contains("crossmargin: 6 problems in the input; nothing was written"),
                result.both());
        assertEquals("", result.out(), "nothing ran");
        assertEquals(List.of(), Cli.listing(dir));
    }

    @Test
    void anInternalErrorExitsOneWithAHintAndTheTraceOnlyUnderDebug() {
        // /proc accepts no new folders, even for root: creating the temporary output folder fails with an
        // I/O error that no input check could have predicted
        assumeTrue(Files.isDirectory(Path.of("/proc/self")), "needs Linux /proc");
        String out = "/proc/crossmargin-" + UUID.randomUUID();
        Cli.Result plain = Cli.run("run", Cli.input("shock.yaml").toString(), "--out", out, "--quiet");
        assertEquals(1, plain.code(), plain.both());
        List<String> lines = plain.err().lines().toList();
        assertEquals(2, lines.size(), plain.both());
        assertTrue(lines.get(0).startsWith("crossmargin: internal error: "), plain.both());
        assertTrue(lines.get(1).startsWith("crossmargin: rerun with --debug for the stack trace"), plain.both());

        Cli.Result debug = Cli.run("run", Cli.input("shock.yaml").toString(), "--out", out, "--quiet", "--debug");
        assertEquals(1, debug.code(), debug.both());
        assertTrue(debug.err().startsWith(lines.get(0).substring(0, 30)), debug.both());
        assertTrue(debug.err().contains("\tat org.crossmargin."), "stack trace under --debug:\n" + debug.both());
    }
}
