package org.crossmargin.simulation.paths;

import org.crossmargin.simulation.input.InputException;
import org.crossmargin.simulation.scenario.GbmSpec;
import org.crossmargin.simulation.scenario.ModelSpec;
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
        throw new IllegalArgumentException("model: unsupported type " + model.type());
    }

    /** One model of {@code scenario}, for a single thread: {@code factory(scenario).newModel()}. */
    public static PathModel create(Scenario scenario) throws InputException {
        return factory(scenario).newModel();
    }

    static GaussianTerms gaussianTerms(PathFrame frame) {
        return new GaussianTerms(frame.annualVolatility, frame.annualDrift, frame.correlations, frame.stepYears);
    }

    /** Builds models of one frame; the supplier captures only immutable, shared data. */
    private record Factory(PathFrame frame, java.util.function.Supplier<PathModel> builder)
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
