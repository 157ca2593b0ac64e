package org.crossmargin.simulation.scenario;

import java.util.List;

/**
 * A Markov chain over named regimes, each with its own volatilities and correlations ({@code type:
 * regime-switching}).
 *
 * @param start   name of the regime at the start of every path
 * @param regimes the regimes, in file order; transitions name regimes of this list
 */
public record RegimeSwitchingSpec(String start, List<Regime> regimes) implements ModelSpec {
    public RegimeSwitchingSpec {
        regimes = List.copyOf(regimes);
        if (regimes.stream().noneMatch(r -> r.name().equals(start))) {
            throw new IllegalArgumentException("start: expected one of the regimes, got " + start);
        }
    }

    @Override
    public String type() {
        return "regime-switching";
    }
}
