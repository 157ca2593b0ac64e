package org.crossmargin.simulation.output;

import java.util.List;
import java.util.Objects;
import org.crossmargin.core.book.MarketImpact;
import org.crossmargin.simulation.scenario.MarketImpactSpec;
import org.crossmargin.simulation.stats.CascadeSummary;

/**
 * What a run with market impact adds to its outputs: the impact settings as the scenario gave them and as the run
 * applied them (per price column), and per mode the cascade amplification.
 *
 * @param spec     the scenario's {@code market_impact} section
 * @param settings the settings the run applied, one market per price column
 * @param columns  the price columns' market names
 * @param cascades per mode, in run order
 */
public record ImpactSection(MarketImpactSpec spec, MarketImpact settings, List<String> columns,
                            List<CascadeSummary> cascades) {
    public ImpactSection {
        Objects.requireNonNull(spec, "spec");
        Objects.requireNonNull(settings, "settings");
        columns = List.copyOf(columns);
        cascades = List.copyOf(cascades);
        if (columns.size() != settings.markets().size()) {
            throw new IllegalArgumentException("columns: expected " + settings.markets().size() + " markets, got "
                    + columns.size());
        }
    }
}
