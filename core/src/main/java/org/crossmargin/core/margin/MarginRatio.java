package org.crossmargin.core.margin;

/** The margin ratio {@code MM / equity} with the divisions guarded so that no NaN leaves core. */
public final class MarginRatio {
    private MarginRatio() {
    }

    /**
     * {@code maintenance / equity}, a fraction: 0 when no maintenance is due, positive infinity when maintenance is
     * due and equity is 0 or less.
     */
    public static double of(double maintenance, double equity) {
        if (!(maintenance > 0)) {
            return 0.0;
        }
        return equity > 0 ? maintenance / equity : Double.POSITIVE_INFINITY;
    }
}
