package org.crossmargin.simulation.report;

import java.util.List;
import java.util.Objects;
import java.util.OptionalDouble;

/**
 * One row of accounts.csv: an account's statistics in one margin mode.
 *
 * @param account                account id as in the book
 * @param mode                   mode label ({@code cross}, {@code isolated}, {@code booked})
 * @param liquidationProbability share of paths on which the account was liquidated, in [0, 1]
 * @param ciLow                  Wilson 95% interval, lower end
 * @param ciHigh                 Wilson 95% interval, upper end
 * @param meanShortfall          mean bad debt the account left, quote currency per path
 * @param meanUserLoss           mean user loss, quote currency per path (negative: the user gained)
 * @param startValue             account value at the start, quote currency
 * @param notional               sum of |q| S0 over its positions, quote currency
 * @param leverage               notional / start value; empty when the start value is not positive
 * @param collateral             the account's collateral assets, e.g. [USDT, BTC]
 */
record AccountRow(String account, String mode, double liquidationProbability, double ciLow, double ciHigh,
                  double meanShortfall, double meanUserLoss, double startValue, double notional,
                  OptionalDouble leverage, List<String> collateral) {
    AccountRow {
        Objects.requireNonNull(account, "account");
        Objects.requireNonNull(mode, "mode");
        Objects.requireNonNull(leverage, "leverage");
        collateral = List.copyOf(collateral);
    }
}
