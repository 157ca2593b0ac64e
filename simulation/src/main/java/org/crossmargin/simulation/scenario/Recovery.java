package org.crossmargin.simulation.scenario;

/**
 * The recovery after a shock's fall: regains {@code fraction} of the fall's price over its own window that starts
 * when the fall ends (-30% with 50% back ends at 0.85 P0).
 *
 * @param fraction    share of the fall's price regained, in [0, 1]
 * @param overSeconds length of the recovery window, seconds, &gt; 0
 */
public record Recovery(double fraction, long overSeconds) {
    public Recovery {
        if (!(fraction >= 0 && fraction <= 1)) {
            throw new IllegalArgumentException("fraction: expected a number in [0, 1], got " + fraction);
        }
        if (overSeconds <= 0) {
            throw new IllegalArgumentException("over: expected a duration > 0, got " + overSeconds + "s");
        }
    }
}
