package org.crossmargin.simulation.paths;

import java.util.List;
import org.crossmargin.simulation.scenario.MarketSpec;
import org.crossmargin.simulation.scenario.Scenario;

/**
 * What every model of a scenario shares, computed once: the grid (steps, markets), the start prices (row 0), the
 * shock table, the annual volatilities and drifts, the seed and antithetic flag. Immutable; shared by workers.
 */
final class PathFrame {
    final int steps;
    final int markets;
    final long seed;
    final boolean antithetic;
    final double stepYears;
    final long stepSeconds;
    final double[] startPrices;
    final double[] annualVolatility;
    final double[] annualDrift;
    /** {@link ShockSchedule#offsets}: log move per step and market, row 0 zero. */
    final double[] shockOffsets;
    final double[][] correlations;
    final List<String> names;

    PathFrame(Scenario scenario) {
        steps = scenario.steps();
        List<MarketSpec> specs = scenario.markets();
        markets = specs.size();
        seed = scenario.seed();
        antithetic = scenario.antithetic();
        stepYears = scenario.stepYears();
        stepSeconds = scenario.stepSeconds();
        startPrices = new double[markets];
        annualVolatility = new double[markets];
        annualDrift = new double[markets];
        for (int m = 0; m < markets; m++) {
            startPrices[m] = specs.get(m).price();
            annualVolatility[m] = specs.get(m).annualVolatility();
            annualDrift[m] = specs.get(m).annualDrift();
        }
        names = specs.stream().map(MarketSpec::name).toList();
        shockOffsets = ShockSchedule.offsets(scenario.shocks(), specs, steps, stepSeconds);
        correlations = scenario.correlations().toArray();
    }

    /** Throws unless {@code prices} can hold one path. */
    void checkCapacity(double[] prices) {
        if (prices.length < (steps + 1) * markets) {
            throw new IllegalArgumentException("prices: expected at least (" + steps + " + 1) * " + markets
                    + " = " + (steps + 1) * markets + " entries, got " + prices.length);
        }
    }
}
