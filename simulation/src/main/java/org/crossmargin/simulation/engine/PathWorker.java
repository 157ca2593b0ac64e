package org.crossmargin.simulation.engine;

import java.util.List;
import org.crossmargin.core.book.CompiledBook;
import org.crossmargin.core.book.PathState;
import org.crossmargin.core.book.StepObserver;
import org.crossmargin.simulation.paths.PathModel;
import org.crossmargin.simulation.stats.AccountTotals;
import org.crossmargin.simulation.stats.ModeRun;

/**
 * One worker thread's share of a run: its own path model (samplers and scratch), price array and per-mode path
 * states, all allocated once; then per path only the model's stream. Writes each path's numbers into the
 * {@link ModeRun}s at the path's own index and per-account sums into the block's {@link AccountTotals}.
 */
final class PathWorker {
    private final PathModel model;
    private final List<CompiledBook> books;
    private final PathState[] states;
    private final ModeRun[] runs;
    private final double[] prices;
    private final int steps;
    private final int markets;
    private final double hoursPerStep;
    private final EngineKind engine;
    private final Timeseries timeseries;
    private final Sampler sampler = new Sampler();
    /** Scratch of {@link CompiledBook#liveTotals}: total equity, total maintenance. */
    private final double[] liveTotals = new double[2];

    PathWorker(PathModel model, List<CompiledBook> books, ModeRun[] runs, double stepSeconds, EngineKind engine,
               Timeseries timeseries) {
        this.model = model;
        this.books = books;
        this.runs = runs;
        this.steps = model.steps();
        this.markets = model.markets();
        this.prices = new double[(steps + 1) * markets];
        this.states = new PathState[books.size()];
        for (int m = 0; m < states.length; m++) {
            states[m] = books.get(m).newState();
        }
        this.hoursPerStep = stepSeconds / 3600.0;
        this.engine = engine;
        this.timeseries = timeseries;
    }

    /** Runs paths {@code from} (inclusive) to {@code to} (exclusive), adding per-account sums to {@code totals}. */
    void runPaths(int from, int to, AccountTotals[] totals) {
        for (int path = from; path < to; path++) {
            model.fill(path, prices);
            final boolean inReservoir = timeseries != null && path < timeseries.reservoir();
            if (inReservoir) {
                timeseries.recordPrices(path, prices);
            }
            for (int m = 0; m < states.length; m++) {
                final CompiledBook book = books.get(m);
                final PathState state = states[m];
                if (inReservoir) {
                    runSampled(m, path, book, state);
                } else if (engine == EngineKind.EXHAUSTIVE) {
                    runExhaustive(book, state);
                } else {
                    book.runPath(state, prices, steps);
                }
                record(path, book, state, runs[m], totals[m]);
            }
        }
    }

    /** The reference loop: every unit on every step. */
    private void runExhaustive(CompiledBook book, PathState state) {
        state.reset();
        for (int t = 1; t <= steps; t++) {
            book.step(state, prices, t * markets, t);
        }
        book.finish(state, prices, steps * markets);
    }

    /**
     * A reservoir path: the report's aggregates at step 0 and at every sampled step. The screened engine runs the
     * path once with an observer that samples (the same bits as stepping, per {@link CompiledBook#runPath}); the
     * exhaustive engine steps every unit.
     */
    private void runSampled(int mode, int path, CompiledBook book, PathState state) {
        state.reset();
        sample(mode, path, 0, book, state);
        sampler.mode = mode;
        sampler.path = path;
        sampler.book = book;
        if (engine == EngineKind.EXHAUSTIVE) {
            for (int t = 1; t <= steps; t++) {
                book.step(state, prices, t * markets, t);
                sampler.afterStep(state, prices, t);
            }
            book.finish(state, prices, steps * markets);
        } else {
            book.runPath(state, prices, steps, sampler);
        }
    }

    /** Samples the aggregates at the sampled steps of the reservoir path being run; one per worker. */
    private final class Sampler implements StepObserver {
        int mode;
        int path;
        CompiledBook book;

        @Override
        public void afterStep(PathState state, double[] pathPrices, int step) {
            final int sample = timeseries.samples().sampleOf(step);
            if (sample >= 0) {
                sample(mode, path, sample, book, state);
            }
        }
    }

    private void sample(int mode, int path, int sample, CompiledBook book, PathState state) {
        final int offset = timeseries.samples().step(sample) * markets;
        book.liveTotals(state, prices, offset, liveTotals);
        final double equity = liveTotals[0];
        final double maintenance = liveTotals[1];
        final double utilisation = equity > 0 ? maintenance / equity : Double.NaN;
        timeseries.record(mode, path, sample, utilisation, state.insuranceFund(), state.liquidatedAccounts());
    }

    private void record(int path, CompiledBook book, PathState state, ModeRun run, AccountTotals totals) {
        double userLoss = 0.0;
        final int accounts = book.accounts();
        for (int a = 0; a < accounts; a++) {
            final double loss = state.accountUserLoss(a);
            userLoss += loss;
            totals.add(a, state.accountLiquidated(a), state.accountShortfall(a), loss);
        }
        final int first = state.firstLiquidationStep();
        run.recordPath(path, state.liquidatedAccounts(), state.shortfall(), userLoss, state.liquidatedNotional(),
                state.fees(), state.socialisedLoss(), state.insuranceFund(), state.fundExhausted(),
                first < 0 ? Double.NaN : first * hoursPerStep);
    }
}
