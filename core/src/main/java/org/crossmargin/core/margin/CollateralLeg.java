package org.crossmargin.core.margin;

import org.crossmargin.core.market.Checks;

/**
 * A collateral balance as a margin unit counts it: {@code weightedQuantity = b (1 - haircut)} units of the asset
 * priced by column {@code column}, so its value at price {@code S} is {@code weightedQuantity * S}, quote currency.
 *
 * @param asset            asset name
 * @param column           price column of the asset
 * @param weightedQuantity balance times one minus the haircut, &gt; 0
 */
public record CollateralLeg(String asset, int column, double weightedQuantity) {
    public CollateralLeg {
        Checks.name("asset", asset);
        if (column < 0) {
            throw new IllegalArgumentException("column: expected >= 0, got " + column);
        }
        Checks.finitePositive("weighted_quantity", weightedQuantity);
    }

    /** Haircut value at the prices of {@code row}, quote currency. */
    public double value(double[] row) {
        return weightedQuantity * row[column];
    }
}
