package org.crossmargin.core.margin;

import java.util.ArrayList;
import java.util.List;
import org.crossmargin.core.account.Account;
import org.crossmargin.core.account.Position;
import org.crossmargin.core.market.Checks;

/**
 * How an account's money is split when its positions run on isolated margin (DESIGN §3): per-position margins and
 * a free balance, quote currency, fixed at start prices.
 *
 * <p>The rule: a position's explicit {@code isolated_margin} is honoured as given. What explicit margins leave of the
 * account's haircut collateral value at start prices, {@code pool = max(V - sum explicit, 0)}, is shared by the
 * positions without an explicit margin pro rata to their initial margin at start prices (equally when those initial
 * margins are all 0, so that no division by 0 occurs). When every position is explicit, or the account has no
 * position, the pool stays as free balance that no liquidation touches. Explicit margins summing to more than
 * {@code V} are rejected: isolated mode would then put more money at risk than cross, and the paired comparison
 * would rest on different capital (the scenario loader reports it as a book problem first).
 *
 * @param margins     margin per position, in the account's position order, each &gt;= 0
 * @param freeBalance balance outside every position's margin, &gt;= 0
 */
public record IsolatedAllocation(List<Double> margins, double freeBalance) {
    public IsolatedAllocation {
        margins = List.copyOf(margins);
        for (Double margin : margins) {
            Checks.finiteNonNegative("margin", margin);
        }
        Checks.finiteNonNegative("free_balance", freeBalance);
    }

    /** The allocation of {@code account} at {@code startPrices} under {@code binding}'s venue. */
    public static IsolatedAllocation of(Account account, MarketBinding binding, double[] startPrices) {
        final CrossMargin cross = CrossMargin.of(binding);
        final IsolatedMargin isolated = IsolatedMargin.of(binding);
        final double value = cross.collateralValue(account, startPrices);
        double explicit = 0.0;
        double sharedInitial = 0.0;
        int shared = 0;
        for (Position p : account.positions()) {
            if (p.isolatedMargin().isPresent()) {
                explicit += p.isolatedMargin().getAsDouble();
            } else {
                sharedInitial += isolated.initialMargin(p, startPrices);
                shared++;
            }
        }
        if (explicit > value * (1 + 1e-12)) {
            // both modes must put the same money at risk (DESIGN §3): isolated mode may not create margin
            throw new IllegalArgumentException("isolated_margin: account " + account.id() + "'s explicit margins sum "
                    + "to " + explicit + ", more than its haircut collateral value " + value + " at start prices");
        }
        final double pool = Math.max(value - explicit, 0.0);
        List<Double> margins = new ArrayList<>();
        for (Position p : account.positions()) {
            if (p.isolatedMargin().isPresent()) {
                margins.add(p.isolatedMargin().getAsDouble());
            } else if (sharedInitial > 0) {
                margins.add(pool * (isolated.initialMargin(p, startPrices) / sharedInitial));
            } else {
                margins.add(pool / shared);
            }
        }
        return new IsolatedAllocation(margins, shared == 0 ? pool : 0.0);
    }

    /** Margin of the account's position {@code i}, quote currency. */
    public double margin(int i) {
        return margins.get(i);
    }
}
