package org.crossmargin.simulation.input;

import java.util.Objects;

/**
 * One problem found in an input file, located as precisely as the parser allows.
 *
 * @param file    the file as the user named it (or as resolved relative to the scenario)
 * @param line    1-based line, or 0 when unknown
 * @param column  1-based column, or 0 when unknown
 * @param field   the key or column at fault, e.g. {@code markets.BTC.volatility} or {@code quantity}
 * @param message what was wrong and what was expected, e.g. {@code expected a number, got "1,5"}
 */
public record Problem(String file, int line, int column, String field, String message) {
    public Problem {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(message, "message");
    }

    /** {@code file:line:column: field: message}, omitting an unknown column (and line). */
    @Override
    public String toString() {
        StringBuilder text = new StringBuilder(file);
        if (line > 0) {
            text.append(':').append(line);
            if (column > 0) {
                text.append(':').append(column);
            }
        }
        return text.append(": ").append(field).append(": ").append(message).toString();
    }
}
