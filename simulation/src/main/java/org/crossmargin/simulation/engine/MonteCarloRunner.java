package org.crossmargin.simulation.engine;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.crossmargin.core.book.CompiledBook;
import org.crossmargin.core.book.MarketImpact;
import org.crossmargin.core.book.RunMode;
import org.crossmargin.core.market.MarketIndex;
import org.crossmargin.simulation.input.InputException;
import org.crossmargin.simulation.paths.PathModelFactory;
import org.crossmargin.simulation.paths.PathModels;
import org.crossmargin.simulation.scenario.MarketSpec;
import org.crossmargin.simulation.scenario.RunInputs;
import org.crossmargin.simulation.scenario.Scenario;
import org.crossmargin.simulation.stats.AccountInfo;
import org.crossmargin.simulation.stats.AccountTotals;
import org.crossmargin.simulation.stats.CascadeRun;
import org.crossmargin.simulation.stats.ModeRun;

/**
 * Runs a scenario's paths through its book in every requested margin mode.
 *
 * <p>Paths go in blocks of {@link #BLOCK_SIZE} (a constant, never derived from the thread count); workers take
 * blocks in increasing order; each path's numbers land at the path's own index, and per-account sums are merged in
 * block order. Path {@code p}'s prices depend on {@code (seed, p)} alone and every mode runs on the same prices
 * (common random numbers), so 1 and 16 threads give the same bits.
 *
 * <p>With market impact (a scenario's {@code market_impact} whose model is not none) each mode runs each path twice
 * on the same exogenous prices: with impact (the reported statistics) and without (the counterfactual), and the
 * paired differences go into one {@link CascadeRun} per mode.
 */
public final class MonteCarloRunner {
    /** Paths per block. */
    public static final int BLOCK_SIZE = 32;

    private MonteCarloRunner() {
    }

    /** Runs {@code inputs} with {@code settings}, telling {@code progress} as paths complete. */
    public static RunResult run(RunInputs inputs, RunSettings settings, ProgressListener progress)
            throws InputException, InterruptedException {
        final Scenario scenario = inputs.scenario();
        final MarketIndex markets = new MarketIndex(scenario.markets().stream().map(MarketSpec::name).toList());
        final double[] startPrices = scenario.markets().stream().mapToDouble(MarketSpec::price).toArray();
        final List<RunMode> modes = scenario.modes();
        final List<CompiledBook> books = new ArrayList<>();
        for (RunMode mode : modes) {
            books.add(inputs.book().compile(inputs.venue(), markets, startPrices, mode));
        }
        final int paths = scenario.paths();
        final int accounts = inputs.book().accounts().size();
        final ModeRun[] runs = new ModeRun[modes.size()];
        for (int m = 0; m < runs.length; m++) {
            runs[m] = new ModeRun(modes.get(m), paths, accounts, books.get(m).units())
                    .withAntitheticPairs(scenario.antithetic());
        }
        final Timeseries timeseries = settings.timeseries()
                ? new Timeseries(new SampledSteps(scenario.steps()), modes.size(), SampledSteps.reservoir(paths),
                markets.size())
                : null;
        final PathModelFactory factory = PathModels.factory(scenario);
        final MarketImpact impact = scenario.impactOn()
                ? scenario.marketImpact().get().toSettings(scenario.markets(), scenario.stepSeconds())
                : null;
        final CascadeRun[] cascades = impact == null ? new CascadeRun[0] : new CascadeRun[modes.size()];
        final int[] impactColumns = impact == null ? new int[0] : impactColumns(scenario);
        for (int m = 0; m < cascades.length; m++) {
            cascades[m] = new CascadeRun(modes.get(m), paths, impactMarkets(scenario));
        }

        // the screened kernel measures a path's moves in volatilities to clear calm units at once: speed only
        final double[] moveScales = scenario.markets().stream().mapToDouble(MarketSpec::annualVolatility).toArray();
        final long started = System.nanoTime();
        final int blocks = (paths + BLOCK_SIZE - 1) / BLOCK_SIZE;
        final BlockMerger merger = new BlockMerger(modes.size(), accounts);
        final AtomicInteger nextBlock = new AtomicInteger();
        final AtomicLong done = new AtomicLong();
        final int threads = Math.min(settings.threads(), blocks);
        final ExecutorService pool = Executors.newFixedThreadPool(threads, daemonThreads());
        try {
            List<Future<?>> futures = new ArrayList<>();
            for (int w = 0; w < threads; w++) {
                final PathWorker worker = new PathWorker(factory.newModel(), books, runs, scenario.stepSeconds(),
                        settings.engine(), timeseries, moveScales);
                if (impact != null) {
                    worker.withImpact(impact, cascades, impactColumns);
                }
                futures.add(pool.submit(() -> {
                    int block;
                    while ((block = nextBlock.getAndIncrement()) < blocks) {
                        if (Thread.currentThread().isInterrupted()) {
                            return null;
                        }
                        final int from = block * BLOCK_SIZE;
                        final int to = Math.min(paths, from + BLOCK_SIZE);
                        AccountTotals[] totals = merger.freshTotals();
                        try {
                            worker.runPaths(from, to, totals);
                        } catch (RuntimeException e) {
                            throw new IllegalStateException("failure in paths " + from + ".." + (to - 1)
                                    + " of scenario " + scenario.name() + " (seed " + scenario.seed()
                                    + "; rerun with --paths " + to + " to replay): " + e, e);
                        }
                        merger.offer(block, totals);
                        progress.pathsDone(done.addAndGet(to - from), paths);
                    }
                    return null;
                }));
            }
            for (Future<?> future : futures) {
                future.get();
            }
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException(cause);
        } finally {
            pool.shutdownNow();
        }
        if (Thread.interrupted()) {
            throw new InterruptedException("run interrupted");
        }
        final double wallSeconds = (System.nanoTime() - started) / 1e9;
        AccountTotals[] totals = merger.result(blocks);
        for (int m = 0; m < runs.length; m++) {
            runs[m].mergeAccounts(totals[m]);
        }
        double positionSteps = 0;
        for (CompiledBook book : books) {
            positionSteps += (double) book.positions() * scenario.steps() * paths;
        }
        if (impact != null) {
            positionSteps *= 2; // each path runs with impact and again without (the counterfactual)
        }
        return new RunResult(inputs, modes, List.of(runs), accountFacts(books.get(0), inputs),
                java.util.Optional.ofNullable(timeseries), settings, wallSeconds, positionSteps, List.of(cascades));
    }

    /** The markets of the scenario's {@code market_impact} section, in column order. */
    static List<String> impactMarkets(Scenario scenario) {
        return scenario.markets().stream().map(MarketSpec::name)
                .filter(name -> scenario.marketImpact().map(i -> i.markets().containsKey(name)).orElse(false))
                .toList();
    }

    private static int[] impactColumns(Scenario scenario) {
        return impactMarkets(scenario).stream().mapToInt(scenario::column).toArray();
    }

    private static List<AccountInfo> accountFacts(CompiledBook book, RunInputs inputs) {
        List<AccountInfo> facts = new ArrayList<>();
        for (int a = 0; a < book.accounts(); a++) {
            var account = inputs.book().accounts().get(a);
            double notional = 0;
            for (var position : account.positions()) {
                notional += position.notional(inputs.scenario().markets().get(
                        inputs.scenario().column(position.market())).price());
            }
            String collateral = String.join("+", account.collateral().stream()
                    .map(c -> c.asset()).toList());
            facts.add(new AccountInfo(account.id(), book.accountStartValue(a), notional, collateral));
        }
        return facts;
    }

    private static java.util.concurrent.ThreadFactory daemonThreads() {
        AtomicInteger count = new AtomicInteger();
        return runnable -> {
            Thread thread = new Thread(runnable, "crossmargin-worker-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }

    /** Merges per-block account totals strictly in block order, whatever order blocks finish in. */
    private static final class BlockMerger {
        private final int modes;
        private final int accounts;
        private final AccountTotals[] merged;
        private final Map<Integer, AccountTotals[]> pending = new HashMap<>();
        private int nextToMerge;

        BlockMerger(int modes, int accounts) {
            this.modes = modes;
            this.accounts = accounts;
            this.merged = freshTotals();
        }

        AccountTotals[] freshTotals() {
            AccountTotals[] totals = new AccountTotals[modes];
            for (int m = 0; m < modes; m++) {
                totals[m] = new AccountTotals(accounts);
            }
            return totals;
        }

        synchronized void offer(int block, AccountTotals[] totals) {
            pending.put(block, totals);
            AccountTotals[] next;
            while ((next = pending.remove(nextToMerge)) != null) {
                for (int m = 0; m < modes; m++) {
                    merged[m].addAll(next[m]);
                }
                nextToMerge++;
            }
        }

        synchronized AccountTotals[] result(int blocks) {
            if (nextToMerge != blocks) {
                throw new IllegalStateException("merged " + nextToMerge + " of " + blocks + " blocks");
            }
            return merged;
        }
    }
}
