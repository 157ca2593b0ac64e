package org.crossmargin.simulation.cli;

import java.io.PrintStream;
import java.time.Duration;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.crossmargin.simulation.engine.ProgressListener;

/**
 * A progress bar on stderr (paths done, paths/s, ETA) that appears only once a run has taken more than a second,
 * so short runs print nothing extra.
 */
final class ConsoleProgress implements ProgressListener, AutoCloseable {
    private static final long DELAY_NANOS = 1_000_000_000L;

    private final String task;
    private final long started = System.nanoTime();
    private ProgressBar bar;
    private boolean closed;

    ConsoleProgress(String task) {
        this.task = task;
    }

    @Override
    public synchronized void pathsDone(long done, long total) {
        if (closed) {
            return;
        }
        if (bar == null) {
            if (System.nanoTime() - started < DELAY_NANOS || done >= total) {
                return;
            }
            bar = new ProgressBarBuilder()
                    .setTaskName(task)
                    .setInitialMax(total)
                    // the bar appears a second into the run: its clock, speed and ETA count from the run's start
                    .startsFrom(done, Duration.ofNanos(System.nanoTime() - started))
                    .setUnit(" paths", 1)
                    .showSpeed()
                    .setStyle(ProgressBarStyle.ASCII)
                    .setUpdateIntervalMillis(250)
                    .setConsumer(new ConsoleProgressBarConsumer(new PrintStream(System.err, true)))
                    .build();
        }
        bar.stepTo(done);
    }

    @Override
    public synchronized void close() {
        closed = true;
        if (bar != null) {
            bar.close();
        }
    }
}
