package org.crossmargin.simulation.stats;

/** Computes the paired {@link Comparison} of two margin modes run on the same paths (DESIGN §5). */
public final class PairedComparison {
    private PairedComparison() {
    }

    /** The comparison {@code first - second}; both runs must cover the same paths of the same book. */
    public static Comparison of(ModeRun first, ModeRun second) {
        if (first.paths() != second.paths() || first.accounts() != second.accounts()) {
            throw new IllegalArgumentException("comparison: expected runs over the same paths and accounts, got "
                    + first.paths() + "/" + first.accounts() + " and " + second.paths() + "/" + second.accounts());
        }
        if (first.mode() == second.mode()) {
            throw new IllegalArgumentException("comparison: expected two different modes, got "
                    + first.mode().label() + " twice");
        }
        final boolean pairs = first.antithetic();
        return new Comparison(first.mode(), second.mode(),
                PairedDifference.of(first.shortfallUnsafe(), second.shortfallUnsafe(), pairs),
                PairedDifference.of(asDoubles(first.liquidatedAccountsUnsafe()),
                        asDoubles(second.liquidatedAccountsUnsafe()), pairs),
                PairedDifference.of(first.userLossUnsafe(), second.userLossUnsafe(), pairs),
                PairedDifference.of(first.liquidatedNotionalUnsafe(), second.liquidatedNotionalUnsafe(), pairs),
                PairedDifference.of(indicator(first.fundExhaustedUnsafe()), indicator(second.fundExhaustedUnsafe()),
                        pairs));
    }

    private static double[] asDoubles(int[] counts) {
        final double[] values = new double[counts.length];
        for (int i = 0; i < counts.length; i++) {
            values[i] = counts[i];
        }
        return values;
    }

    private static double[] indicator(boolean[] flags) {
        final double[] values = new double[flags.length];
        for (int i = 0; i < flags.length; i++) {
            values[i] = flags[i] ? 1.0 : 0.0;
        }
        return values;
    }
}
