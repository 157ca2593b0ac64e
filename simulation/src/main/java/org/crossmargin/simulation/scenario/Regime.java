package org.crossmargin.simulation.scenario;

import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * One regime of a regime-switching model.
 *
 * @param name               regime name, e.g. {@code calm}
 * @param annualVolatilities per-market annual volatility in this regime; markets not named keep the scenario's
 * @param correlations       the regime's correlation matrix over the scenario's markets (validated, PSD)
 * @param transitions        probability per step of switching to each other regime, by name; the rest stays
 */
public record Regime(String name, Map<String, Double> annualVolatilities, CorrelationMatrix correlations,
                     Map<String, Double> transitions) {
    public Regime {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("name: expected a regime name, got " + name);
        }
        annualVolatilities = Collections.unmodifiableMap(new TreeMap<>(annualVolatilities));
        Objects.requireNonNull(correlations, "correlations");
        transitions = Collections.unmodifiableMap(new TreeMap<>(transitions));
        double total = 0;
        for (Map.Entry<String, Double> transition : transitions.entrySet()) {
            double p = transition.getValue();
            if (!(p >= 0 && p <= 1)) {
                throw new IllegalArgumentException("transitions." + transition.getKey()
                        + ": expected a probability in [0, 1], got " + p);
            }
            total += p;
        }
        if (total > 1 + 1e-12) {
            throw new IllegalArgumentException("transitions: expected probabilities summing to at most 1, got " + total);
        }
    }
}
