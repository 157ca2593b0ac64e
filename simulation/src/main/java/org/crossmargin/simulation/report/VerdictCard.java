package org.crossmargin.simulation.report;

import java.util.List;
import java.util.Objects;

/**
 * One headline measure, per mode side by side, with the paired difference between the first two modes.
 *
 * @param title       the measure, e.g. {@code Shortfall (bad debt) per path}
 * @param note        one sentence on how to read it
 * @param lines       one line per mode (two for VaR/ES cards), in run order
 * @param differences the paired difference lines; empty when the run has one mode
 */
record VerdictCard(String title, String note, List<CardLine> lines, List<CardLine> differences) {
    VerdictCard {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(note, "note");
        lines = List.copyOf(lines);
        differences = List.copyOf(differences);
    }

    /** Whether there is a difference to show (Mustache section). */
    boolean compared() {
        return !differences.isEmpty();
    }
}
