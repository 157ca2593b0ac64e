package org.crossmargin.core.book;

import java.util.List;
import org.crossmargin.core.market.Checks;

/**
 * What one price path did to a book in one run mode: per account and in total, quote currency.
 *
 * @param accounts             per account, in book order
 * @param liquidatedAccounts   accounts with at least one liquidation event
 * @param shortfall            bad debt summed over the path, &gt;= 0
 * @param fees                 liquidation fees summed over the path, &gt;= 0
 * @param socialisedLoss       shortfall the insurance fund could not absorb, &gt;= 0
 * @param insuranceFundEnd     the fund at the horizon, &gt;= 0
 * @param liquidatedNotional   notional closed by liquidations, at mark, &gt;= 0
 * @param fundExhausted        true when some shortfall was socialised on the path
 * @param firstLiquidationStep step (1-based) of the path's first liquidation, -1 when none
 */
public record PathOutcome(List<AccountOutcome> accounts, int liquidatedAccounts, double shortfall, double fees,
                          double socialisedLoss, double insuranceFundEnd, double liquidatedNotional,
                          boolean fundExhausted, int firstLiquidationStep) {
    public PathOutcome {
        accounts = List.copyOf(accounts);
        if (liquidatedAccounts < 0 || liquidatedAccounts > accounts.size()) {
            throw new IllegalArgumentException("liquidated_accounts: expected 0.." + accounts.size() + ", got "
                    + liquidatedAccounts);
        }
        Checks.finiteNonNegative("shortfall", shortfall);
        Checks.finiteNonNegative("fees", fees);
        Checks.finiteNonNegative("socialised_loss", socialisedLoss);
        Checks.finiteNonNegative("insurance_fund_end", insuranceFundEnd);
        Checks.finiteNonNegative("liquidated_notional", liquidatedNotional);
        if (firstLiquidationStep < -1 || firstLiquidationStep == 0) {
            throw new IllegalArgumentException("first_liquidation_step: expected -1 or >= 1, got "
                    + firstLiquidationStep);
        }
    }
}
