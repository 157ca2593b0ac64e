package org.crossmargin.simulation.cli;

import java.io.IOException;
import org.crossmargin.simulation.output.OutputFolder;

/**
 * Deletes an uncommitted output folder's temporary folder when the JVM is stopped during a run (Ctrl-C, SIGTERM):
 * a shutdown hook for the lifetime of the guard. Without it an interrupted long run would leave a
 * {@code .<name>.tmp-*} folder of partial files next to the target. A SIGKILL runs no hook; the target itself is
 * still never created, since only a completed run renames the temporary folder into place.
 *
 * <p>The hook is registered before the folder exists ({@link #arm()}, then {@link #watch}), so that a signal
 * arriving just after the temporary folder is created still finds a hook that knows it:
 *
 * <pre>{@code
 * try (TemporaryFolderGuard guard = TemporaryFolderGuard.arm();
 *      OutputFolder folder = guard.watch(OutputFolder.create(target, force))) { ... folder.commit(); }
 * }</pre>
 */
final class TemporaryFolderGuard implements AutoCloseable {
    private final Thread hook;
    private volatile OutputFolder folder;

    private TemporaryFolderGuard() {
        this.hook = new Thread(this::cleanUp, "crossmargin-cleanup");
    }

    /** Registers the shutdown hook; it does nothing until {@link #watch} names a folder. */
    static TemporaryFolderGuard arm() {
        TemporaryFolderGuard guard = new TemporaryFolderGuard();
        Runtime.getRuntime().addShutdownHook(guard.hook);
        return guard;
    }

    /** Guards {@code opened} until {@link #close()}; returns it. */
    OutputFolder watch(OutputFolder opened) {
        this.folder = opened;
        return opened;
    }

    private void cleanUp() {
        OutputFolder watched = folder;
        if (watched == null) {
            return;
        }
        try {
            watched.close(); // a no-op once committed; otherwise deletes the temporary folder
        } catch (IOException | RuntimeException e) {
            // the JVM is going down and the run's own thread may be deleting the same files: nothing to add
        }
    }

    @Override
    public void close() {
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException shutdownInProgress) {
            // the hook is running or has run: it does the cleanup
        }
    }
}
