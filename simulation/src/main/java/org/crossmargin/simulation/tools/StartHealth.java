package org.crossmargin.simulation.tools;

import java.util.Map;
import org.crossmargin.core.account.Account;
import org.crossmargin.core.account.Collateral;
import org.crossmargin.core.account.Position;
import org.crossmargin.core.market.TierTable;

/**
 * How far an account is from maintenance at the start, in both margin views of DESIGN §3: the ratio of equity to
 * tiered maintenance margin of each margin unit (1.0 is exactly at maintenance, where the engine would liquidate).
 *
 * <p>Cross view: the whole account is one unit. Isolated view: each position is a unit with its explicit margin,
 * or, without one, its share of the haircut collateral value that explicit margins leave, pro rata to the
 * position's initial margin at start prices (DESIGN §3).
 */
public final class StartHealth {

    private StartHealth() {
    }

    /** Smallest equity / maintenance ratio over the account's units in the cross and the isolated view. */
    public static double worstRatio(Account account, Map<String, Double> prices, VenueRates venue) {
        return Math.min(crossRatio(account, prices, venue), isolatedRatio(account, prices, venue));
    }

    /** Equity / maintenance of the account as one cross-margin pool. */
    public static double crossRatio(Account account, Map<String, Double> prices, VenueRates venue) {
        double equity = collateralValue(account, prices, venue);
        double maintenance = 0.0;
        for (Position position : account.positions()) {
            double mark = price(prices, position.market());
            equity += position.unrealizedPnl(mark);
            maintenance += venue.tierTable(position.market()).maintenanceMargin(position.notional(mark));
        }
        return ratio(equity, maintenance);
    }

    /** Smallest equity / maintenance over the positions of the account, each on its own margin. */
    public static double isolatedRatio(Account account, Map<String, Double> prices, VenueRates venue) {
        double explicitTotal = 0.0;
        double initialTotal = 0.0;
        for (Position position : account.positions()) {
            if (position.isolatedMargin().isPresent()) {
                explicitTotal += position.isolatedMargin().getAsDouble();
            } else {
                double mark = price(prices, position.market());
                initialTotal += venue.tierTable(position.market()).initialMargin(position.notional(mark));
            }
        }
        // What explicit margins leave of the collateral is shared by the other positions (DESIGN §3).
        final double pool = collateralValue(account, prices, venue) - explicitTotal;
        double worst = Double.POSITIVE_INFINITY;
        for (Position position : account.positions()) {
            double mark = price(prices, position.market());
            TierTable table = venue.tierTable(position.market());
            double notional = position.notional(mark);
            double margin = position.isolatedMargin().isPresent()
                    ? position.isolatedMargin().getAsDouble()
                    : pool * table.initialMargin(notional) / initialTotal;
            worst = Math.min(worst, ratio(margin + position.unrealizedPnl(mark), table.maintenanceMargin(notional)));
        }
        return worst;
    }

    /** Haircut collateral value of the account at {@code prices}, quote currency. */
    public static double collateralValue(Account account, Map<String, Double> prices, VenueRates venue) {
        double value = 0.0;
        for (Collateral collateral : account.collateral()) {
            double haircut = venue.haircut(collateral.asset());
            value += collateral.quantity() * price(prices, collateral.asset()) * (1 - haircut);
        }
        return value;
    }

    private static double ratio(double equity, double maintenance) {
        return maintenance > 0 ? equity / maintenance : Double.POSITIVE_INFINITY;
    }

    private static double price(Map<String, Double> prices, String asset) {
        Double price = prices.get(asset);
        if (price == null) {
            throw new IllegalArgumentException("no reference price for " + asset);
        }
        return price;
    }
}
