package org.crossmargin.simulation.engine;

import java.util.ArrayList;
import java.util.List;
import org.crossmargin.core.book.RunMode;
import org.crossmargin.core.market.MarketIndex;
import org.crossmargin.simulation.scenario.MarketSpec;
import org.crossmargin.simulation.scenario.RunInputs;
import org.crossmargin.simulation.scenario.Scenario;

/**
 * Checks made before a run: units (cross accounts or isolated positions) already at or below maintenance at the start
 * prices. They are warnings, not errors (DESIGN §5): such a unit is liquidated on step 1 of every path.
 */
public final class Preflight {
    private Preflight() {
    }

    /** One warning per unit at or below maintenance at t0, per mode of the run, mode named. */
    public static List<String> warnings(RunInputs inputs) {
        Scenario scenario = inputs.scenario();
        MarketIndex markets = new MarketIndex(scenario.markets().stream().map(MarketSpec::name).toList());
        double[] startPrices = scenario.markets().stream().mapToDouble(MarketSpec::price).toArray();
        List<String> warnings = new ArrayList<>();
        for (RunMode mode : scenario.modes()) {
            for (String unit : inputs.book().compile(inputs.venue(), markets, startPrices, mode)
                    .unitsAtOrBelowMaintenance()) {
                warnings.add(mode.label() + ": " + unit);
            }
        }
        return warnings;
    }

    /** {@code inputs} with the preflight warnings appended to the loader's. */
    public static RunInputs withWarnings(RunInputs inputs) {
        List<String> all = new ArrayList<>(inputs.warnings());
        all.addAll(warnings(inputs));
        return new RunInputs(inputs.scenario(), inputs.book(), inputs.venue(), all);
    }
}
