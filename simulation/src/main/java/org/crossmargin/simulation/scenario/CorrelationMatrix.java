package org.crossmargin.simulation.scenario;

import java.util.Arrays;

/**
 * An immutable correlation matrix over a scenario's markets, in the scenario's market order: symmetric, unit
 * diagonal, entries in [-1, 1]. Positive semi-definiteness is checked (or repaired) by the scenario loader.
 */
public final class CorrelationMatrix {
    private final double[][] entries;

    private CorrelationMatrix(double[][] entries) {
        this.entries = entries;
    }

    /** A copy of {@code entries} as a correlation matrix; throws when not symmetric, unit-diagonal, in [-1, 1]. */
    public static CorrelationMatrix of(double[][] entries) {
        final int n = entries.length;
        double[][] copy = new double[n][];
        for (int i = 0; i < n; i++) {
            if (entries[i].length != n) {
                throw new IllegalArgumentException("correlations: expected a square matrix, row " + i + " has "
                        + entries[i].length + " entries for " + n + " markets");
            }
            copy[i] = entries[i].clone();
        }
        for (int i = 0; i < n; i++) {
            if (copy[i][i] != 1.0) {
                throw new IllegalArgumentException("correlations: expected 1 on the diagonal at (" + i + "," + i
                        + "), got " + copy[i][i]);
            }
            for (int j = 0; j < n; j++) {
                double rho = copy[i][j];
                if (!(rho >= -1 && rho <= 1)) {
                    throw new IllegalArgumentException("correlations: expected entries in [-1, 1], got " + rho
                            + " at (" + i + "," + j + ")");
                }
                if (rho != copy[j][i]) {
                    throw new IllegalArgumentException("correlations: expected a symmetric matrix, got " + rho
                            + " at (" + i + "," + j + ") and " + copy[j][i] + " at (" + j + "," + i + ")");
                }
            }
        }
        return new CorrelationMatrix(copy);
    }

    /** The identity over {@code n} markets: no correlation. */
    public static CorrelationMatrix identity(int n) {
        double[][] entries = new double[n][n];
        for (int i = 0; i < n; i++) {
            entries[i][i] = 1.0;
        }
        return new CorrelationMatrix(entries);
    }

    /** Number of markets. */
    public int size() {
        return entries.length;
    }

    /** The correlation of markets {@code i} and {@code j}. */
    public double get(int i, int j) {
        return entries[i][j];
    }

    /** A fresh copy of the entries. */
    public double[][] toArray() {
        double[][] copy = new double[entries.length][];
        for (int i = 0; i < entries.length; i++) {
            copy[i] = entries[i].clone();
        }
        return copy;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof CorrelationMatrix that && Arrays.deepEquals(entries, that.entries);
    }

    @Override
    public int hashCode() {
        return Arrays.deepHashCode(entries);
    }

    @Override
    public String toString() {
        return "CorrelationMatrix" + Arrays.deepToString(entries);
    }
}
