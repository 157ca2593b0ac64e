package org.crossmargin.simulation.report;

import java.util.Objects;
import java.util.OptionalDouble;

/**
 * One row of paths.csv: what one margin mode did on one price path. Money in quote currency.
 *
 * @param path                  path index, from 0
 * @param mode                  mode label
 * @param liquidatedAccounts    accounts liquidated on the path
 * @param shortfall             bad debt the venue was left with
 * @param userLoss              users' loss summed over accounts (negative: they gained)
 * @param insuranceFundEnd      the insurance fund at the horizon
 * @param liquidatedNotional    notional closed by liquidations, at mark
 * @param fees                  liquidation fees taken
 * @param socialisedLoss        shortfall the fund could not absorb
 * @param fundExhausted         whether some shortfall could not be absorbed
 * @param firstLiquidationHours hours to the first liquidation; empty when there was none
 */
record PathRow(int path, String mode, int liquidatedAccounts, double shortfall, double userLoss,
               double insuranceFundEnd, double liquidatedNotional, double fees, double socialisedLoss,
               boolean fundExhausted, OptionalDouble firstLiquidationHours) {
    PathRow {
        Objects.requireNonNull(mode, "mode");
        Objects.requireNonNull(firstLiquidationHours, "firstLiquidationHours");
    }
}
