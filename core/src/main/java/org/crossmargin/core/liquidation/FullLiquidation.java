package org.crossmargin.core.liquidation;

import java.util.Objects;
import org.crossmargin.core.margin.MarginUnit;
import org.crossmargin.core.margin.UnitPosition;

/**
 * Full liquidation (DESIGN §3): every open position closes at the fill price ({@link LiquidationRules#fillPrice}).
 * With {@code E = collateral value at mark + margin + cash + sum_p q_p (fill_p - e_p)}: the fee is
 * {@code min(fee_rate * sum_p |q_p| S_p, max(E, 0))}, the shortfall is {@code max(-E, 0)}, and the unit keeps
 * {@code max(E - fee, 0)} in quote currency and is dead for the rest of the path.
 */
public final class FullLiquidation implements LiquidationPolicy {
    private final LiquidationRules rules;

    /** Full liquidation under {@code rules}' fee rate and slippage. */
    public FullLiquidation(LiquidationRules rules) {
        this.rules = Objects.requireNonNull(rules, "rules");
    }

    @Override
    public LiquidationEvent liquidate(MarginUnit unit, double[] row, double[] flow) {
        return closeAll(unit, row, flow, rules, 0.0, 0.0, 0.0);
    }

    /**
     * Closes every open position of {@code unit} in full; {@code earlierFees} and {@code earlierNotional} (of partial
     * closes at the same step) are added to the event returned. {@code unchargedNotional}, a partial close of this
     * step whose fee was not taken, is charged with the rest under the full rules (fee capped at what is left).
     */
    static LiquidationEvent closeAll(MarginUnit unit, double[] row, double[] flow, LiquidationRules rules,
                                     double earlierFees, double earlierNotional, double unchargedNotional) {
        double equityAfter = unit.collateralValue(row);
        equityAfter += unit.margin();
        equityAfter += unit.cash();
        double notional = 0.0;
        for (int i = 0; i < unit.positions().size(); i++) {
            final double q = unit.quantity(i);
            if (q != 0.0) {
                final UnitPosition position = unit.positions().get(i);
                final double mark = row[position.column()];
                equityAfter += q * (rules.fillPrice(q, mark) - position.entryPrice());
                notional += Math.abs(q) * mark;
                flow[position.column()] += q * mark;
            }
        }
        final double fee = Math.min(rules.feeRate() * (notional + unchargedNotional), Math.max(equityAfter, 0.0));
        final double shortfall = Math.max(-equityAfter, 0.0);
        unit.kill(Math.max(equityAfter - fee, 0.0));
        return new LiquidationEvent(earlierFees + fee, shortfall, earlierNotional + notional, true);
    }
}
