package org.crossmargin.core.margin;

import java.util.List;
import java.util.Objects;
import org.crossmargin.core.account.Position;
import org.crossmargin.core.market.Checks;

/**
 * Isolated-margin math over one position and its own margin {@code m} (quote currency): {@code equity = m + q (S -
 * e)}, maintenance {@code MM(|q| S)}, liquidatable when {@code equity <= MM}. A loss is capped at {@code m}; the rest
 * of the account is untouched (DESIGN §3).
 */
public final class IsolatedMargin {
    private final MarketBinding binding;

    private IsolatedMargin(MarketBinding binding) {
        this.binding = Objects.requireNonNull(binding, "binding");
    }

    /** Isolated-margin math under {@code binding}'s venue and price columns. */
    public static IsolatedMargin of(MarketBinding binding) {
        return new IsolatedMargin(binding);
    }

    private double mark(Position position, double[] row) {
        return row[binding.column(position.market())];
    }

    /** Equity: margin plus unrealised PnL, quote currency. */
    public double equity(Position position, double margin, double[] row) {
        return margin + position.unrealizedPnl(mark(position, row));
    }

    /** Maintenance margin at the tier of the position's notional, quote currency. */
    public double maintenanceMargin(Position position, double[] row) {
        return binding.schedule(position.market()).maintenanceMargin(position.notional(mark(position, row)));
    }

    /** Initial margin at the tier of the position's notional, quote currency. */
    public double initialMargin(Position position, double[] row) {
        return binding.schedule(position.market()).initialMargin(position.notional(mark(position, row)));
    }

    /** Health: equity minus maintenance margin, quote currency. */
    public double health(Position position, double margin, double[] row) {
        return equity(position, margin, row) - maintenanceMargin(position, row);
    }

    /** Margin ratio {@code MM / equity} (fraction; positive infinity when equity is 0 or less, never NaN). */
    public double marginRatio(Position position, double margin, double[] row) {
        return MarginRatio.of(maintenanceMargin(position, row), equity(position, margin, row));
    }

    /** True when equity is at or below maintenance. */
    public boolean isLiquidatable(Position position, double margin, double[] row) {
        return equity(position, margin, row) <= maintenanceMargin(position, row);
    }

    /** The position on its own margin as one unit of the reference simulation. */
    public MarginUnit unit(int accountIndex, String accountId, Position position, double margin) {
        Checks.finiteNonNegative("margin", margin);
        UnitPosition fixed = new UnitPosition(position.market(), binding.column(position.market()),
                position.entryPrice(), binding.schedule(position.market()));
        return new MarginUnit(accountIndex, accountId + " " + position.market() + " (isolated)", List.of(), margin,
                List.of(fixed), List.of(position.quantity()));
    }
}
