package org.crossmargin.simulation.paths;

import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.crossmargin.simulation.input.InputException;
import org.crossmargin.simulation.scenario.BootstrapSpec;
import org.crossmargin.simulation.scenario.GbmSpec;
import org.crossmargin.simulation.scenario.JumpSize;
import org.crossmargin.simulation.scenario.MertonSpec;
import org.crossmargin.simulation.scenario.ModelSpec;
import org.crossmargin.simulation.scenario.Regime;
import org.crossmargin.simulation.scenario.RegimeSwitchingSpec;
import org.crossmargin.simulation.scenario.ReplaySpec;
import org.crossmargin.simulation.scenario.Scenario;
import org.crossmargin.simulation.scenario.StudentTSpec;

/**
 * Entry point of the package: builds the {@link PathModelFactory} of a scenario's {@code model} (DESIGN §4).
 *
 * <pre>{@code
 * PathModelFactory factory = PathModels.factory(scenario); // once: factors, shock table, price files
 * PathModel model = factory.newModel();                    // once per worker thread
 * double[] prices = new double[model.pathLength()];        // once per worker
 * model.fill(path, prices);                                // per path: row t, market m at t * markets + m
 * }</pre>
 */
public final class PathModels {
    private PathModels() {
    }

    /**
     * The factory of {@code scenario}'s model. Reads and checks the price file of {@code bootstrap} and
     * {@code replay} once.
     *
     * @throws InputException when a price file is missing, malformed, lacks a market or is too short
     */
    public static PathModelFactory factory(Scenario scenario) throws InputException {
        PathFrame frame = new PathFrame(scenario);
        ModelSpec model = scenario.model();
        if (model instanceof GbmSpec) {
            GaussianTerms terms = gaussianTerms(frame);
            return new Factory(frame, () -> new DiffusionModel(frame, terms, 0));
        }
        if (model instanceof StudentTSpec t) {
            GaussianTerms terms = gaussianTerms(frame);
            return new Factory(frame, () -> new DiffusionModel(frame, terms, t.degreesOfFreedom()));
        }
        if (model instanceof MertonSpec merton) {
            return merton(frame, merton);
        }
        if (model instanceof RegimeSwitchingSpec regimes) {
            return regimeSwitching(frame, regimes);
        }
        if (model instanceof BootstrapSpec bootstrap) {
            PriceHistory history = PriceHistory.read(bootstrap.pricesFile());
            double[] returns = HistoricalPaths.bootstrapReturns(frame, history);
            // p = 1 / (mean block length in steps), at most 1 (a block shorter than a step restarts every step).
            double p = Math.min(1.0, (double) frame.stepSeconds / bootstrap.meanBlockSeconds());
            return new Factory(frame, () -> new BootstrapModel(frame, returns, p));
        }
        ReplaySpec replay = (ReplaySpec) model; // the sealed interface has no other kind
        PriceHistory history = PriceHistory.read(replay.pricesFile());
        double[] path = HistoricalPaths.replayPath(frame, history, replay.start().orElse(null));
        return new Factory(frame, () -> new ReplayModel(frame.steps, frame.markets, path));
    }

    private static PathModelFactory merton(PathFrame frame, MertonSpec spec) {
        GaussianTerms terms = gaussianTerms(frame);
        double[] mean = new double[frame.markets];
        double[] stdev = new double[frame.markets];
        for (String market : spec.marketJumps().keySet()) {
            requireMarket(frame, market, "model.jumps." + market);
        }
        for (int m = 0; m < frame.markets; m++) {
            JumpSize size = spec.jumpOf(frame.names.get(m));
            mean[m] = size.mean();
            stdev[m] = size.stdev();
        }
        return new Factory(frame, () -> new MertonModel(frame, terms, spec.intensityPerYear(), mean, stdev,
                spec.commonJumps()));
    }

    private static PathModelFactory regimeSwitching(PathFrame frame, RegimeSwitchingSpec spec) {
        List<Regime> regimes = spec.regimes();
        final int count = regimes.size();
        GaussianTerms[] terms = new GaussianTerms[count];
        double[][] cumulative = new double[count][];
        int[][] target = new int[count][];
        int start = -1;
        for (int r = 0; r < count; r++) {
            Regime regime = regimes.get(r);
            if (regime.name().equals(spec.start())) {
                start = r;
            }
            double[] sigma = frame.annualVolatility.clone();
            for (Map.Entry<String, Double> vol : regime.annualVolatilities().entrySet()) {
                sigma[requireMarket(frame, vol.getKey(), "regimes." + regime.name() + ".volatilities")]
                        = vol.getValue();
            }
            if (regime.correlations().size() != frame.markets) {
                throw new IllegalArgumentException("regimes." + regime.name() + ".correlations: expected "
                        + frame.markets + " markets, got " + regime.correlations().size());
            }
            terms[r] = new GaussianTerms(sigma, frame.annualDrift, regime.correlations().toArray(), frame.stepYears);
            // Switching to itself is staying: only other regimes enter the cumulative table.
            List<Map.Entry<String, Double>> moves = regime.transitions().entrySet().stream()
                    .filter(move -> !move.getKey().equals(regime.name())).toList();
            cumulative[r] = new double[moves.size()];
            target[r] = new int[moves.size()];
            double sum = 0;
            for (int k = 0; k < moves.size(); k++) {
                sum += moves.get(k).getValue();
                cumulative[r][k] = sum;
                target[r][k] = indexOf(regimes, moves.get(k).getKey(), regime.name());
            }
        }
        final int first = start;
        return new Factory(frame, () -> new RegimeSwitchingModel(frame, terms, first, cumulative, target));
    }

    private static int indexOf(List<Regime> regimes, String name, String from) {
        for (int r = 0; r < regimes.size(); r++) {
            if (regimes.get(r).name().equals(name)) {
                return r;
            }
        }
        throw new IllegalArgumentException("regimes." + from + ".transitions." + name + ": expected a regime, got "
                + name);
    }

    private static int requireMarket(PathFrame frame, String market, String field) {
        int column = frame.names.indexOf(market);
        if (column < 0) {
            throw new IllegalArgumentException(field + ": expected a market of the scenario, got " + market);
        }
        return column;
    }

    /** One model of {@code scenario}, for a single thread: {@code factory(scenario).newModel()}. */
    public static PathModel create(Scenario scenario) throws InputException {
        return factory(scenario).newModel();
    }

    static GaussianTerms gaussianTerms(PathFrame frame) {
        return new GaussianTerms(frame.annualVolatility, frame.annualDrift, frame.correlations, frame.stepYears);
    }

    /** Builds models of one frame; the supplier captures only immutable, shared data. */
    private record Factory(PathFrame frame, Supplier<PathModel> builder)
            implements PathModelFactory {
        @Override
        public int steps() {
            return frame.steps;
        }

        @Override
        public int markets() {
            return frame.markets;
        }

        @Override
        public PathModel newModel() {
            return builder.get();
        }
    }
}
