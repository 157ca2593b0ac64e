package org.crossmargin.simulation.scenario;

import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * Merton jump diffusion ({@code type: merton}): gbm plus compound-Poisson jumps in log price.
 *
 * @param intensityPerYear expected jumps per year, &gt;= 0 (per market, or of the common clock)
 * @param jump             default size distribution of a jump
 * @param commonJumps      true: one jump clock for all markets (crash co-movement), per-market sizes
 * @param marketJumps      per-market size distributions overriding {@code jump}; markets not named use it
 */
public record MertonSpec(double intensityPerYear, JumpSize jump, boolean commonJumps,
                         Map<String, JumpSize> marketJumps) implements ModelSpec {
    public MertonSpec {
        if (!(intensityPerYear >= 0 && intensityPerYear < Double.POSITIVE_INFINITY)) {
            throw new IllegalArgumentException("jump_intensity: expected a finite number >= 0, got "
                    + intensityPerYear);
        }
        Objects.requireNonNull(jump, "jump");
        marketJumps = Collections.unmodifiableMap(new TreeMap<>(marketJumps));
    }

    /** The jump size distribution of {@code market}. */
    public JumpSize jumpOf(String market) {
        return marketJumps.getOrDefault(market, jump);
    }

    @Override
    public String type() {
        return "merton";
    }
}
