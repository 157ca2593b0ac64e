package org.crossmargin.simulation.engine;

import java.util.List;
import org.crossmargin.core.book.CompiledBook;
import org.crossmargin.core.book.ImpactPathRunner;
import org.crossmargin.core.book.MarketImpact;
import org.crossmargin.core.book.PathState;
import org.crossmargin.core.book.PriceRanges;
import org.crossmargin.core.book.StepObserver;
import org.crossmargin.simulation.paths.PathModel;
import org.crossmargin.simulation.stats.AccountTotals;
import org.crossmargin.simulation.stats.CascadeRun;
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
    /** With market impact: per mode the impact runner, the counterfactual's state and the cascade record. */
    private ImpactPathRunner[] impactRunners;
    private PathState[] counterfactuals;
    private CascadeRun[] cascades;
    private int[] impactColumns;
    private double[] maxImpact;
    private final Sampler sampler = new Sampler();
    /** The screened kernel's block ranges of the current path, built once and shared by every mode. */
    private final PriceRanges ranges;
    /** Scratch of {@link CompiledBook#liveTotals}: total equity, total maintenance. */
    private final double[] liveTotals = new double[2];

    PathWorker(PathModel model, List<CompiledBook> books, ModeRun[] runs, double stepSeconds, EngineKind engine,
               Timeseries timeseries, double[] moveScales) {
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
        this.ranges = new PriceRanges(markets, moveScales);
    }

    /**
     * Switches market impact on: each mode runs with {@code impact} (reported) and without (counterfactual), the
     * differences going into {@code cascadeRuns}; moves are tracked for the price columns {@code columns}.
     */
    void withImpact(MarketImpact impact, CascadeRun[] cascadeRuns, int[] columns) {
        this.impactRunners = new ImpactPathRunner[books.size()];
        this.counterfactuals = new PathState[books.size()];
        for (int m = 0; m < books.size(); m++) {
            impactRunners[m] = new ImpactPathRunner(books.get(m), impact);
            counterfactuals[m] = books.get(m).newState();
        }
        this.cascades = cascadeRuns;
        this.impactColumns = columns.clone();
        this.maxImpact = new double[columns.length];
    }

    /** Runs paths {@code from} (inclusive) to {@code to} (exclusive), adding per-account sums to {@code totals}. */
    void runPaths(int from, int to, AccountTotals[] totals) {
        for (int path = from; path < to; path++) {
            model.fill(path, prices);
            if (engine == EngineKind.SCREENED) {
                ranges.build(prices, steps);
            }
            final boolean inReservoir = timeseries != null && path < timeseries.reservoir();
            if (inReservoir) {
                timeseries.recordPrices(path, prices);
            }
            if (impactRunners != null) {
                runWithImpact(path, inReservoir, totals);
                continue;
            }
            for (int m = 0; m < states.length; m++) {
                final CompiledBook book = books.get(m);
                final PathState state = states[m];
                if (inReservoir) {
                    runSampled(m, path, book, state);
                } else if (engine == EngineKind.EXHAUSTIVE) {
                    runExhaustive(book, state);
                } else {
                    book.runPath(state, prices, steps, ranges, null);
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
            book.runPath(state, prices, steps, ranges, sampler);
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

    /**
     * One path of every mode with market impact (the reported outcome, every unit every step: see
     * {@link ImpactPathRunner}), then the same exogenous prices without impact (the counterfactual, on the chosen
     * engine), recording the paired differences.
     */
    private void runWithImpact(int path, boolean inReservoir, AccountTotals[] totals) {
        for (int m = 0; m < states.length; m++) {
            final CompiledBook book = books.get(m);
            final PathState state = states[m];
            final ImpactPathRunner runner = impactRunners[m];
            if (inReservoir) {
                runImpactSampled(m, path, book, runner, state);
            } else {
                runner.runPath(state, prices, steps);
            }
            record(path, book, state, runs[m], totals[m]);
            final PathState without = counterfactuals[m];
            if (engine == EngineKind.EXHAUSTIVE) {
                runExhaustive(book, without);
            } else {
                book.runPath(without, prices, steps, ranges, null);
            }
            for (int k = 0; k < impactColumns.length; k++) {
                maxImpact[k] = runner.maxImpact(impactColumns[k]);
            }
            cascades[m].recordPath(path, state.liquidatedAccounts() - without.liquidatedAccounts(),
                    state.shortfall() - without.shortfall(), state.liquidatedNotional() - without.liquidatedNotional(),
                    maxImpact, runner.cappedSteps());
        }
    }

    /** The impact loop, recording the report's aggregates on the impacted prices at the sampled steps. */
    private void runImpactSampled(int mode, int path, CompiledBook book, ImpactPathRunner runner, PathState state) {
        final SampledSteps samples = timeseries.samples();
        runner.begin(state, prices);
        sample(mode, path, 0, book, state, runner.rowUnsafe(), 0);
        for (int t = 1; t <= steps; t++) {
            runner.step(state, prices, t);
            final int sample = samples.sampleOf(t);
            if (sample >= 0) {
                sample(mode, path, sample, book, state, runner.rowUnsafe(), 0);
            }
        }
        runner.finish(state);
    }

    private void sample(int mode, int path, int sample, CompiledBook book, PathState state) {
        sample(mode, path, sample, book, state, prices, timeseries.samples().step(sample) * markets);
    }

    private void sample(int mode, int path, int sample, CompiledBook book, PathState state, double[] row,
                        int offset) {
        book.liveTotals(state, row, offset, liveTotals);
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
