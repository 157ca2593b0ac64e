package org.crossmargin.simulation.cli;

import java.io.IOException;
import org.crossmargin.simulation.output.OutputFolder;

/**
 * Deletes an uncommitted output folder's temporary folder when the JVM is stopped during a run (Ctrl-C, SIGTERM):
 * a shutdown hook for the lifetime of the guard. Without it an interrupted long run would leave a
 * {@code .<name>.tmp-*} folder of partial files next to the target. A SIGKILL runs no hook; the target itself is
 * still never created, since only a completed run renames the temporary folder into place.
 */
final class TemporaryFolderGuard implements AutoCloseable {
    private final Thread hook;

    private TemporaryFolderGuard(Thread hook) {
        this.hook = hook;
    }

    /** Guards {@code folder} until {@link #close()}; close the guard before the folder. */
    static TemporaryFolderGuard of(OutputFolder folder) {
        Thread hook = new Thread(() -> {
            try {
                folder.close(); // a no-op once committed; otherwise deletes the temporary folder
            } catch (IOException | RuntimeException e) {
                // the JVM is going down and the run's own thread may be deleting the same files: nothing to add
            }
        }, "crossmargin-cleanup");
        Runtime.getRuntime().addShutdownHook(hook);
        return new TemporaryFolderGuard(hook);
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
