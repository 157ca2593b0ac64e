package org.crossmargin.benchmarks;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.crossmargin.core.book.CompiledBook;
import org.crossmargin.core.book.PriceRanges;
import org.crossmargin.core.book.RunMode;
import org.crossmargin.core.market.MarketIndex;
import org.crossmargin.simulation.input.InputException;
import org.crossmargin.simulation.paths.PathModel;
import org.crossmargin.simulation.paths.PathModelFactory;
import org.crossmargin.simulation.paths.PathModels;
import org.crossmargin.simulation.scenario.GbmSpec;
import org.crossmargin.simulation.scenario.MarketSpec;
import org.crossmargin.simulation.scenario.ModelSpec;
import org.crossmargin.simulation.scenario.RunInputs;
import org.crossmargin.simulation.scenario.Scenario;
import org.crossmargin.simulation.scenario.ScenarioLoader;

/**
 * The canonical workload of the performance issue, loaded from the shipped files: {@code scenarios/bench-calm.yaml}
 * or {@code scenarios/bench-crash.yaml} (the sample exchange book, 10 markets and USDT, student-t with 4 degrees of
 * freedom, 1,440 one-minute steps), its books compiled for cross and isolated margin, and a few pre-generated paths.
 *
 * <p>The scenarios folder is found from the working directory upwards (or {@code -Dcrossmargin.scenarios=DIR}), so
 * the benchmarks run from the repository root or from {@code benchmarks/}.
 */
final class Workload {
    /** Steps of a canonical path: one day of one-minute steps. */
    static final int STEPS = 1_440;
    /** Perpetual positions of {@code scenarios/books/sample-exchange.csv} (checked when loaded). */
    static final int POSITIONS = 2_221;
    /** Price columns of the canonical scenarios: 10 perpetual markets and USDT. */
    static final int MARKETS = 11;

    final Scenario scenario;
    final List<CompiledBook> books;
    final PathModelFactory factory;

    private Workload(Scenario scenario, List<CompiledBook> books, PathModelFactory factory) {
        this.scenario = scenario;
        this.books = books;
        this.factory = factory;
    }

    /** The workload of {@code name} ({@code calm} or {@code crash}), its model replaced by gbm when asked. */
    static Workload of(String name, boolean gbm) throws InputException {
        final RunInputs inputs = ScenarioLoader.load(scenarios().resolve("bench-" + name + ".yaml"));
        Scenario scenario = inputs.scenario();
        if (gbm) {
            final ModelSpec model = new GbmSpec();
            scenario = new Scenario(scenario.name(), scenario.description(), scenario.file(), scenario.book(),
                    scenario.venue(), scenario.horizonSeconds(), scenario.stepSeconds(), scenario.paths(),
                    scenario.seed(), scenario.modes(), scenario.markets(), scenario.correlations(), model,
                    scenario.shocks(), scenario.antithetic());
        }
        final MarketIndex index = new MarketIndex(scenario.markets().stream().map(MarketSpec::name).toList());
        final double[] start = scenario.markets().stream().mapToDouble(MarketSpec::price).toArray();
        final List<CompiledBook> books = new ArrayList<>();
        for (RunMode mode : List.of(RunMode.CROSS, RunMode.ISOLATED)) {
            books.add(inputs.book().compile(inputs.venue(), index, start, mode));
        }
        final Workload workload = new Workload(scenario, books, PathModels.factory(scenario));
        check("steps", STEPS, scenario.steps());
        check("markets", MARKETS, index.size());
        check("positions", POSITIONS, books.get(0).positions());
        return workload;
    }

    /** The compiled book of {@code mode} (cross or isolated). */
    CompiledBook book(RunMode mode) {
        return books.get(mode == RunMode.CROSS ? 0 : 1);
    }

    /**
     * Block-range scratch as the runner makes it: the markets' volatilities as the scales of their moves, which let
     * the screened kernel clear calm units at the root.
     */
    PriceRanges newRanges() {
        return new PriceRanges(MARKETS,
                scenario.markets().stream().mapToDouble(MarketSpec::annualVolatility).toArray());
    }

    /** Paths {@code 0 .. count - 1} of the scenario, each {@code double[(STEPS + 1) * MARKETS]}. */
    double[][] paths(int count) {
        final PathModel model = factory.newModel();
        final double[][] paths = new double[count][model.pathLength()];
        for (int p = 0; p < count; p++) {
            model.fill(p, paths[p]);
        }
        return paths;
    }

    private static void check(String what, int expected, int actual) {
        if (expected != actual) {
            throw new IllegalStateException(what + ": the benchmarks' operation counts assume " + expected
                    + ", the shipped workload has " + actual + "; update Workload");
        }
    }

    private static Path scenarios() {
        final String property = System.getProperty("crossmargin.scenarios");
        if (property != null) {
            return Path.of(property);
        }
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isRegularFile(dir.resolve("scenarios/bench-calm.yaml"))) {
                return dir.resolve("scenarios");
            }
        }
        throw new IllegalStateException("scenarios/bench-calm.yaml not found from " + Path.of("").toAbsolutePath()
                + " upwards; run from the repository or pass -Dcrossmargin.scenarios=DIR");
    }
}
