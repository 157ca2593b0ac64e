package org.crossmargin.core.liquidation;

import org.crossmargin.core.margin.MarginUnit;

/**
 * How a venue liquidates a unit whose equity is at or below maintenance, in the reference simulation. The compiled
 * book implements the same rules on arrays and picks them once per path, never per position-step.
 */
public interface LiquidationPolicy {

    /**
     * Liquidates {@code unit} at the marks {@code row}; the caller has checked that it is liquidatable.
     *
     * @param unit the unit, changed in place (quantities, cash; killed by a full close)
     * @param row  marks of the step, one per market of the run
     * @param flow liquidation flow per market of the step, quote currency at mark: each closed quantity times its
     *             mark is added (longs sold count positive, shorts bought back negative)
     * @return the fees, shortfall and notional of this liquidation
     */
    LiquidationEvent liquidate(MarginUnit unit, double[] row, double[] flow);

    /** The policy {@code rules} ask for: {@link FullLiquidation} or {@link PartialLiquidation}. */
    static LiquidationPolicy of(LiquidationRules rules) {
        return switch (rules.mode()) {
            case FULL -> new FullLiquidation(rules);
            case PARTIAL -> new PartialLiquidation(rules);
        };
    }
}
