package org.crossmargin.simulation.report;

import java.util.Objects;

/**
 * One line of a verdict card: a label, the value, optionally its standard error, and its 95% interval.
 *
 * @param label what the line is, e.g. {@code cross} or {@code cross − isolated}
 * @param value the estimate
 * @param error its standard error, or {@code null} when the card does not show one
 * @param low   lower end of the 95% interval, or {@code null} when there is none
 * @param high  upper end of the 95% interval, or {@code null} when there is none
 */
record CardLine(String label, Figure value, Figure error, Figure low, Figure high) {
    CardLine {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(value, "value");
        if ((low == null) != (high == null)) {
            throw new IllegalArgumentException("interval: both ends or neither");
        }
    }

    /** Whether the line shows an interval (Mustache section). */
    boolean hasInterval() {
        return low != null;
    }
}
