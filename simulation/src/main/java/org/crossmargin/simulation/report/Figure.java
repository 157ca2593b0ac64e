package org.crossmargin.simulation.report;

import java.util.Objects;

/**
 * One number as the page shows it. A sourced figure names the summary.json key it comes from and carries the raw
 * JSON value, so a reader (or a test) can check the page against the file; a derived figure (an interval computed
 * from paths.csv) has an empty key.
 *
 * @param key   dotted summary.json key, e.g. {@code modes.cross.shortfall.mean}; empty when derived
 * @param value the raw value as written in summary.json (or {@code Double.toString} when derived)
 * @param text  what the reader sees, e.g. {@code $149.5k}
 */
record Figure(String key, String value, String text) {
    Figure {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(text, "text");
    }

    /** A derived figure: no summary key. */
    static Figure derived(double value, String text) {
        return new Figure("", Double.toString(value), text);
    }

    /** Whether the figure names a summary.json key (Mustache section). */
    boolean sourced() {
        return !key.isEmpty();
    }
}
