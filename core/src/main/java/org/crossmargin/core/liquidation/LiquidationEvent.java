package org.crossmargin.core.liquidation;

import org.crossmargin.core.market.Checks;

/**
 * What one liquidation of one unit at one step did, quote currency.
 *
 * @param fees           fees taken from the unit's equity, going to the insurance fund, &gt;= 0
 * @param shortfall      bad debt left by a full close ({@code max(-equity after, 0)}), &gt;= 0
 * @param closedNotional notional closed, at mark, &gt;= 0
 * @param unitClosed     true when the unit was closed in full and is dead for the rest of the path
 */
public record LiquidationEvent(double fees, double shortfall, double closedNotional, boolean unitClosed) {
    public LiquidationEvent {
        Checks.finiteNonNegative("fees", fees);
        Checks.finiteNonNegative("shortfall", shortfall);
        Checks.finiteNonNegative("closed_notional", closedNotional);
    }
}
