package org.crossmargin.simulation.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A run stopped half-way leaves no output folder (DESIGN §7): in-process by a thread interrupt, and in a child JVM
 * by SIGTERM (Ctrl-C's path: the shutdown hook removes the temporary folder too) and by SIGKILL (nothing can run,
 * but the target never appears, and the leftover temporary folder does not block the next run). Scenario
 * e2e/long.yaml: 100,000 paths of 1,440 steps, far longer than the moment each test stops it — just after the
 * temporary folder {@code .<name>.tmp-*} appears, which happens once the inputs are loaded and the run begins.
 */
class InterruptTest {
    /** How long a stopped run may take to wind down, or the run to start: generous, only against hanging. */
    private static final long PATIENCE_MILLIS = 60_000;

    @TempDir
    Path dir;

    /** The children's console output, for failure messages (outside {@code dir}, whose listing is asserted). */
    @TempDir
    Path logs;

    @Test
    void anInterruptedRunExitsNonZeroAndLeavesNothingBehind() throws InterruptedException {
        Path out = dir.resolve("stopped");
        AtomicReference<Cli.Result> result = new AtomicReference<>();
        Thread runner = new Thread(() -> result.set(Cli.run("run", Cli.input("long.yaml").toString(), "--out",
                out.toString(), "--quiet", "--threads", "2")), "e2e-interrupted-run");
        runner.start();
        awaitTemporaryFolder("stopped", runner::isAlive);
        Thread.sleep(300); // let the workers get going
        runner.interrupt();
        runner.join(PATIENCE_MILLIS);
        assertFalse(runner.isAlive(), "the run ignored the interrupt");
        Cli.Result stopped = result.get();
        assertEquals(1, stopped.code(), stopped.both());
        assertEquals("crossmargin: interrupted; nothing was written\n", stopped.err());
        assertEquals(List.of(), Cli.listing(dir), "neither the --out folder nor its temporary sibling");
    }

    @Test
    void aTerminatedProcessLeavesNoFolderAtAll() throws IOException, InterruptedException {
        Process child = startChild("terminated");
        awaitTemporaryFolder("terminated", () -> alive(child, "terminated"));
        child.destroy(); // SIGTERM: the JVM runs its shutdown hooks
        assertTrue(child.waitFor(PATIENCE_MILLIS, TimeUnit.MILLISECONDS), "child did not stop");
        assertEquals(List.of(), Cli.listing(dir), "the shutdown hook removes the temporary folder");
    }

    @Test
    void aKilledProcessNeverCreatesTheOutputFolder() throws IOException, InterruptedException {
        Process child = startChild("killed");
        awaitTemporaryFolder("killed", () -> alive(child, "killed"));
        child.destroyForcibly(); // SIGKILL: no code runs any more
        assertTrue(child.waitFor(PATIENCE_MILLIS, TimeUnit.MILLISECONDS), "child did not stop");
        List<String> left = Cli.listing(dir);
        assertFalse(left.contains("killed"), "half-written results in place: " + left);
        assertTrue(left.stream().allMatch(name -> name.startsWith(".killed.tmp-")), left.toString());
        // the leftover is a hidden sibling named after the dead process: the next run removes it and succeeds
        Cli.Result again = Cli.run("run", Cli.input("shock.yaml").toString(), "--out", dir.resolve("killed")
                .toString(), "--quiet", "--no-report");
        assertEquals(0, again.code(), again.both());
        assertTrue(Files.isRegularFile(dir.resolve("killed/summary.json")));
        assertEquals(List.of("killed"), Cli.listing(dir), "the killed run's temporary folder is cleaned up");
    }

    /** {@code java -cp <this test JVM's class path> ...Main run long.yaml --out DIR/name}. */
    private Process startChild(String name) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String classPath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        ProcessBuilder builder = new ProcessBuilder(java, "-Xmx256m", "-cp", classPath, Main.class.getName(), "run",
                Cli.input("long.yaml").toString(), "--out", dir.resolve(name).toString(), "--quiet", "--threads",
                "1");
        builder.redirectErrorStream(true);
        builder.redirectOutput(logs.resolve(name + ".log").toFile());
        return builder.start();
    }

    /** Whether the child runs; when it has ended, its output goes into the failure message. */
    private boolean alive(Process child, String name) {
        if (child.isAlive()) {
            return true;
        }
        try {
            System.err.println("child " + name + " exited " + child.exitValue() + ":\n"
                    + Files.readString(logs.resolve(name + ".log")));
        } catch (IOException e) {
            System.err.println("child " + name + ": no log: " + e);
        }
        return false;
    }

    /** Waits until {@code .<name>.tmp-*} exists in the test folder, failing if {@code running} turns false. */
    private void awaitTemporaryFolder(String name, java.util.function.BooleanSupplier running)
            throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(PATIENCE_MILLIS);
        while (System.nanoTime() < deadline) {
            if (Cli.listing(dir).stream().anyMatch(n -> n.startsWith("." + name + ".tmp-"))) {
                return;
            }
            if (!running.getAsBoolean()) {
                fail("the run ended before it began writing: " + Cli.listing(dir));
            }
            Thread.sleep(20);
        }
        fail("no temporary folder ." + name + ".tmp-* after " + PATIENCE_MILLIS + " ms");
    }
}
