package org.crossmargin.core.liquidation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.crossmargin.core.margin.MarginUnit;
import org.crossmargin.core.margin.UnitPosition;

/**
 * Partial liquidation (venue option {@code partial_fraction = f}). At a trigger with equity &gt; 0 the unit's open
 * positions are visited in descending maintenance margin at the step's marks (ties: lower index first); each closes
 * {@code dq = f q} at the fill price, {@code cash += dq (fill - e) - fee} with {@code fee = fee_rate |dq| S}, and the
 * visit stops as soon as equity &gt; maintenance. If equity is 0 or less at the trigger, or the close's fee would take
 * all the equity left, the rest is closed in full ({@link FullLiquidation}) and that close's notional is charged with
 * it under the full rules, fee capped at the equity after the close: as in a full liquidation, a fee never turns into
 * bad debt (a partial fee capped at equity at mark would leave nothing to pay the slippage of the closes that follow).
 *
 * <p>A unit that is still at or below maintenance after every position was visited stays alive: it may be liquidated
 * again on later steps, as may one that recovered and falls back.
 */
public final class PartialLiquidation implements LiquidationPolicy {
    private final LiquidationRules rules;

    /** Partial liquidation under {@code rules}' fraction, fee rate and slippage. */
    public PartialLiquidation(LiquidationRules rules) {
        this.rules = Objects.requireNonNull(rules, "rules");
    }

    @Override
    public LiquidationEvent liquidate(MarginUnit unit, double[] row, double[] flow) {
        if (unit.equity(row) <= 0.0) {
            return FullLiquidation.closeAll(unit, row, flow, rules, 0.0, 0.0, 0.0);
        }
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < unit.positions().size(); i++) {
            if (unit.quantity(i) != 0.0) {
                order.add(i);
            }
        }
        // List.sort is stable, so equal maintenance keeps the lower index first
        order.sort(Comparator.comparingDouble((Integer i) -> unit.maintenanceMargin(i, row)).reversed());
        double fees = 0.0;
        double notional = 0.0;
        for (int i : order) {
            final UnitPosition position = unit.positions().get(i);
            final double mark = row[position.column()];
            final double closed = rules.partialFraction() * unit.quantity(i);
            unit.close(i, closed, rules.fillPrice(closed, mark));
            flow[position.column()] += closed * mark;
            notional += Math.abs(closed) * mark;
            final double fee = rules.feeRate() * Math.abs(closed) * mark;
            if (!(fee < unit.equity(row))) {
                return FullLiquidation.closeAll(unit, row, flow, rules, fees, notional, Math.abs(closed) * mark);
            }
            unit.payFee(fee);
            fees += fee;
            final double equity = unit.equity(row);
            if (equity > unit.maintenanceMargin(row)) {
                break;
            }
        }
        return new LiquidationEvent(fees, 0.0, notional, false);
    }
}
