package org.crossmargin.core.book;

import org.crossmargin.core.market.Checks;

/**
 * What one path did to one account, quote currency.
 *
 * @param account              account id
 * @param liquidated           true when any of its units had a liquidation event on the path
 * @param firstLiquidationStep step (1-based) of its first event, -1 when none
 * @param shortfall            bad debt its units left, &gt;= 0
 * @param fees                 liquidation fees its units paid, &gt;= 0
 * @param startValue           value at the start (haircut collateral + unrealised PnL; + free balance isolated)
 * @param endValue             value at the horizon (kept equity of dead units included)
 * @param userLoss             {@code startValue - max(endValue, 0)}; negative when the user gained
 */
public record AccountOutcome(String account, boolean liquidated, int firstLiquidationStep, double shortfall,
                             double fees, double startValue, double endValue, double userLoss) {
    public AccountOutcome {
        Checks.name("account", account);
        if (liquidated ? firstLiquidationStep < 1 : firstLiquidationStep != -1) {
            throw new IllegalArgumentException("first_liquidation_step: expected >= 1 when liquidated, else -1, got "
                    + firstLiquidationStep);
        }
        Checks.finiteNonNegative("shortfall", shortfall);
        Checks.finiteNonNegative("fees", fees);
        Checks.finite("start_value", startValue);
        Checks.finite("end_value", endValue);
        Checks.finite("user_loss", userLoss);
    }
}
