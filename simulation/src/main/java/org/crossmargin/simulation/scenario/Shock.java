package org.crossmargin.simulation.scenario;

import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * A deterministic move on top of any path model (DESIGN §4): market {@code k}'s price factor {@code 1 + moves[k]}
 * spread evenly in log space over the {@code n = max(1, ceil(over / step))} steps that follow step
 * {@code floor(at / step)}, then an optional recovery.
 *
 * @param atSeconds   when the fall starts, seconds from the start
 * @param overSeconds length of the fall, seconds, &gt;= 0
 * @param moves       price change per market over the window, each &gt; -1 (-0.30 is a 30% fall)
 * @param recovery    the optional recovery after the fall
 */
public record Shock(long atSeconds, long overSeconds, Map<String, Double> moves, Optional<Recovery> recovery) {
    public Shock {
        if (atSeconds < 0) {
            throw new IllegalArgumentException("at: expected a duration >= 0, got " + atSeconds + "s");
        }
        if (overSeconds < 0) {
            throw new IllegalArgumentException("over: expected a duration >= 0, got " + overSeconds + "s");
        }
        moves = Collections.unmodifiableMap(new TreeMap<>(moves));
        moves.forEach((market, move) -> {
            if (!(move > -1 && move < Double.POSITIVE_INFINITY)) {
                throw new IllegalArgumentException("moves." + market + ": expected a move > -1 (-100%), got " + move);
            }
        });
        Objects.requireNonNull(recovery, "recovery");
    }
}
