package org.crossmargin.simulation.paths;

import org.crossmargin.simulation.scenario.CorrelationMatrix;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.crossmargin.core.book.RunMode;
import org.crossmargin.simulation.scenario.GbmSpec;
import org.crossmargin.simulation.scenario.MarketSpec;
import org.crossmargin.simulation.scenario.ModelSpec;
import org.crossmargin.simulation.scenario.Recovery;
import org.crossmargin.simulation.scenario.Scenario;
import org.crossmargin.simulation.scenario.Shock;

/** A builder of scenarios for path tests, built directly from the spec records (no YAML). */
final class TestScenarios {
    static final long MINUTE = 60;
    static final long HOUR = 3_600;
    static final long DAY = 86_400;

    private final List<MarketSpec> markets = new ArrayList<>();
    private final List<Shock> shocks = new ArrayList<>();
    private double[][] correlations;
    private ModelSpec model = new GbmSpec();
    private long stepSeconds = MINUTE;
    private long horizonSeconds = DAY;
    private long seed = 20_200_312L;
    private boolean antithetic;

    static TestScenarios builder() {
        return new TestScenarios();
    }

    TestScenarios market(String name, double price, double annualVolatility, double annualDrift) {
        markets.add(new MarketSpec(name, price, annualVolatility, annualDrift));
        return this;
    }

    TestScenarios correlations(double[][] matrix) {
        this.correlations = matrix;
        return this;
    }

    /** Two markets' correlation {@code rho}, the rest identity; call after adding the markets. */
    TestScenarios correlation(int i, int j, double rho) {
        if (correlations == null) {
            correlations = CorrelationMatrix.identity(markets.size()).toArray();
        }
        correlations[i][j] = rho;
        correlations[j][i] = rho;
        return this;
    }

    TestScenarios model(ModelSpec spec) {
        this.model = spec;
        return this;
    }

    TestScenarios step(long seconds) {
        this.stepSeconds = seconds;
        return this;
    }

    TestScenarios horizon(long seconds) {
        this.horizonSeconds = seconds;
        return this;
    }

    TestScenarios steps(int count) {
        this.horizonSeconds = count * stepSeconds;
        return this;
    }

    TestScenarios seed(long value) {
        this.seed = value;
        return this;
    }

    TestScenarios antithetic(boolean value) {
        this.antithetic = value;
        return this;
    }

    TestScenarios shock(long atSeconds, long overSeconds, Map<String, Double> moves) {
        shocks.add(new Shock(atSeconds, overSeconds, moves, Optional.empty()));
        return this;
    }

    TestScenarios shock(long atSeconds, long overSeconds, Map<String, Double> moves, double fraction,
                        long recoverySeconds) {
        shocks.add(new Shock(atSeconds, overSeconds, moves, Optional.of(new Recovery(fraction, recoverySeconds))));
        return this;
    }

    Scenario build() {
        CorrelationMatrix matrix = correlations == null
                ? CorrelationMatrix.identity(markets.size()) : CorrelationMatrix.of(correlations);
        return new Scenario("test", "built by TestScenarios", Path.of("test.yaml"), Path.of("book.csv"),
                Path.of("venue.yaml"), horizonSeconds, stepSeconds, 1000, seed,
                List.of(RunMode.CROSS, RunMode.ISOLATED), markets, matrix, model, shocks, antithetic);
    }

    /** The model of the built scenario, for one thread. */
    PathModel model() {
        try {
            return PathModels.create(build());
        } catch (org.crossmargin.simulation.input.InputException e) {
            throw new AssertionError(e);
        }
    }
}
