package org.crossmargin.core.margin;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.crossmargin.core.account.Account;
import org.crossmargin.core.account.Collateral;
import org.crossmargin.core.account.Position;

/**
 * Cross-margin math over an account's records: one pool per account. All amounts are quote currency; a price row
 * holds one mark per market of the run, in {@link org.crossmargin.core.market.MarketIndex} order.
 *
 * <p>{@code equity = sum_c b_c S_c (1 - h_c) + sum_p q_p (S_p - e_p)}, {@code MM = sum_p MM_p(|q_p| S_p)}; the
 * account is liquidatable when it has a position and {@code equity <= MM} (DESIGN §3).
 */
public final class CrossMargin {
    private final MarketBinding binding;

    private CrossMargin(MarketBinding binding) {
        this.binding = Objects.requireNonNull(binding, "binding");
    }

    /** Cross-margin math under {@code binding}'s venue and price columns. */
    public static CrossMargin of(MarketBinding binding) {
        return new CrossMargin(binding);
    }

    /** Haircut collateral value: {@code sum_c b_c (1 - h_c) S_c}. Non-stable collateral moves with its market. */
    public double collateralValue(Account account, double[] row) {
        double value = 0.0;
        for (Collateral c : account.collateral()) {
            // (b (1 - h)) S: the same rounding as CollateralLeg, so records and compiled book agree to the bit
            value += c.quantity() * (1.0 - binding.haircut(c.asset())) * row[binding.column(c.asset())];
        }
        return value;
    }

    /** Unrealised PnL of all positions: {@code sum_p q_p (S_p - e_p)}. */
    public double unrealizedPnl(Account account, double[] row) {
        double pnl = 0.0;
        for (Position p : account.positions()) {
            pnl += p.unrealizedPnl(row[binding.column(p.market())]);
        }
        return pnl;
    }

    /** Equity: haircut collateral value plus unrealised PnL. */
    public double equity(Account account, double[] row) {
        double equity = collateralValue(account, row);
        for (Position p : account.positions()) {
            equity += p.unrealizedPnl(row[binding.column(p.market())]);
        }
        return equity;
    }

    /** Total maintenance margin of the positions, tier by tier per market. */
    public double maintenanceMargin(Account account, double[] row) {
        double total = 0.0;
        for (Position p : account.positions()) {
            total += binding.schedule(p.market()).maintenanceMargin(p.notional(row[binding.column(p.market())]));
        }
        return total;
    }

    /** Total initial margin of the positions. */
    public double initialMargin(Account account, double[] row) {
        double total = 0.0;
        for (Position p : account.positions()) {
            total += binding.schedule(p.market()).initialMargin(p.notional(row[binding.column(p.market())]));
        }
        return total;
    }

    /** Health: equity minus maintenance margin (the cushion before liquidation). */
    public double health(Account account, double[] row) {
        return equity(account, row) - maintenanceMargin(account, row);
    }

    /**
     * Margin ratio {@code MM / equity}, a fraction (1 is the liquidation point): 0 with no maintenance, positive
     * infinity when maintenance is due and equity is 0 or less (never NaN).
     */
    public double marginRatio(Account account, double[] row) {
        return MarginRatio.of(maintenanceMargin(account, row), equity(account, row));
    }

    /** True when the account has a position and its equity is at or below maintenance. */
    public boolean isLiquidatable(Account account, double[] row) {
        return !account.positions().isEmpty() && equity(account, row) <= maintenanceMargin(account, row);
    }

    /** The account as one cross unit of the reference simulation (collateral legs move with their markets). */
    public MarginUnit unit(int accountIndex, Account account) {
        List<CollateralLeg> legs = new ArrayList<>();
        for (Collateral c : account.collateral()) {
            legs.add(new CollateralLeg(c.asset(), binding.column(c.asset()),
                    c.quantity() * (1.0 - binding.haircut(c.asset()))));
        }
        List<UnitPosition> positions = new ArrayList<>();
        List<Double> quantities = new ArrayList<>();
        for (Position p : account.positions()) {
            positions.add(new UnitPosition(p.market(), binding.column(p.market()), p.entryPrice(),
                    binding.schedule(p.market())));
            quantities.add(p.quantity());
        }
        return new MarginUnit(accountIndex, account.id() + " (cross)", legs, 0.0, positions, quantities);
    }
}
