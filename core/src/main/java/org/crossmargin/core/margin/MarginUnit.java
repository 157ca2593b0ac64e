package org.crossmargin.core.margin;

import java.util.List;
import org.crossmargin.core.market.Checks;

/**
 * One unit of margin as the reference simulation walks it along a path: a cross account (collateral legs that move
 * with their markets, all positions in one pool) or an isolated position (a margin fixed in quote currency).
 *
 * <p>Equity is {@code sum_c weightedQuantity_c S_c + margin + cash + sum_p q_p (S_p - e_p)} and maintenance margin
 * is {@code sum_p MM_p(|q_p| S_p)}, both quote currency. {@code cash} starts at 0 and receives realised PnL and pays
 * the fees of partial liquidations. After a full liquidation the unit is dead and keeps a fixed equity.
 *
 * <p>This is the slow, obviously correct form (records and lists); the compiled book must give the same numbers, so
 * sums run in the same order there: collateral, margin, cash, then positions in book order.
 */
public final class MarginUnit {
    private final int account;
    private final String label;
    private final List<CollateralLeg> collateral;
    private final double margin;
    private final List<UnitPosition> positions;
    private final double[] quantity;
    private double cash;
    private boolean alive = true;
    private double keptEquity;

    /**
     * A live unit with cash 0.
     *
     * @param account    index of the owning account in book order
     * @param label      how warnings and errors name the unit, e.g. {@code A0001 (cross)}
     * @param collateral collateral legs that move with their markets (none for an isolated unit)
     * @param margin     fixed margin in quote currency (0 for a cross unit), &gt;= 0
     * @param positions  the unit's positions in book order
     * @param quantities their signed quantities, one per position, none 0
     */
    public MarginUnit(int account, String label, List<CollateralLeg> collateral, double margin,
                      List<UnitPosition> positions, List<Double> quantities) {
        this.account = account;
        this.label = Checks.name("label", label);
        this.collateral = List.copyOf(collateral);
        this.margin = Checks.finiteNonNegative("margin", margin);
        this.positions = List.copyOf(positions);
        if (quantities.size() != this.positions.size()) {
            throw new IllegalArgumentException("quantities: expected " + this.positions.size() + ", got "
                    + quantities.size());
        }
        this.quantity = new double[quantities.size()];
        for (int i = 0; i < quantity.length; i++) {
            quantity[i] = Checks.finiteNonZero("quantity", quantities.get(i));
        }
    }

    /** Index of the owning account in book order. */
    public int account() {
        return account;
    }

    /** How the unit is named in messages. */
    public String label() {
        return label;
    }

    /** The collateral legs (empty for an isolated unit). */
    public List<CollateralLeg> collateral() {
        return collateral;
    }

    /** The fixed margin, quote currency (0 for a cross unit). */
    public double margin() {
        return margin;
    }

    /** The positions in book order; see {@link #quantity(int)} for what is still open. */
    public List<UnitPosition> positions() {
        return positions;
    }

    /** Current signed quantity of position {@code i}; 0 once closed. */
    public double quantity(int i) {
        return quantity[i];
    }

    /** Realised PnL less partial-liquidation fees so far, quote currency. */
    public double cash() {
        return cash;
    }

    /** False once fully liquidated. */
    public boolean isAlive() {
        return alive;
    }

    /** Equity kept after a full liquidation, quote currency (0 while alive). */
    public double keptEquity() {
        return keptEquity;
    }

    /** True while some position is open. */
    public boolean hasOpenPosition() {
        for (double q : quantity) {
            if (q != 0.0) {
                return true;
            }
        }
        return false;
    }

    /** Haircut collateral value at {@code row}, quote currency. */
    public double collateralValue(double[] row) {
        double value = 0.0;
        for (CollateralLeg leg : collateral) {
            value += leg.value(row);
        }
        return value;
    }

    /** Equity at marks {@code row} while alive; the kept equity once dead. Quote currency. */
    public double equity(double[] row) {
        if (!alive) {
            return keptEquity;
        }
        double equity = collateralValue(row);
        equity += margin;
        equity += cash;
        for (int i = 0; i < quantity.length; i++) {
            if (quantity[i] != 0.0) {
                equity += quantity[i] * (row[positions.get(i).column()] - positions.get(i).entryPrice());
            }
        }
        return equity;
    }

    /** Maintenance margin of open position {@code i} at {@code row}, quote currency (0 when closed). */
    public double maintenanceMargin(int i, double[] row) {
        if (quantity[i] == 0.0) {
            return 0.0;
        }
        final UnitPosition position = positions.get(i);
        return position.schedule().maintenanceMargin(Math.abs(quantity[i]) * row[position.column()]);
    }

    /** Maintenance margin of the open positions at {@code row}, quote currency (0 once dead). */
    public double maintenanceMargin(double[] row) {
        double total = 0.0;
        for (int i = 0; alive && i < quantity.length; i++) {
            total += maintenanceMargin(i, row);
        }
        return total;
    }

    /** True when the unit is alive, has an open position and its equity is at or below maintenance at {@code row}. */
    public boolean isLiquidatable(double[] row) {
        return alive && hasOpenPosition() && equity(row) <= maintenanceMargin(row);
    }

    /**
     * Closes {@code closed} units of position {@code i} (same sign as its quantity) at {@code fill}: realises
     * {@code closed (fill - e)} into cash and reduces the quantity.
     */
    public void close(int i, double closed, double fill) {
        cash += closed * (fill - positions.get(i).entryPrice());
        quantity[i] -= closed;
    }

    /** Pays {@code fee} (quote currency, &gt;= 0) out of cash. */
    public void payFee(double fee) {
        cash -= fee;
    }

    /** Ends the unit: every position is gone and it keeps {@code kept} (quote currency, &gt;= 0) for good. */
    public void kill(double kept) {
        java.util.Arrays.fill(quantity, 0.0);
        alive = false;
        keptEquity = Checks.finiteNonNegative("kept", kept);
    }
}
