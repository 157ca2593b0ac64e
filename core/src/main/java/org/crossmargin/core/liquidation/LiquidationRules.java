package org.crossmargin.core.liquidation;

import java.util.Objects;
import org.crossmargin.core.market.Checks;

/**
 * A venue's liquidation rules.
 *
 * @param feeRate         liquidation fee, fraction of closed notional at mark, taken from remaining equity
 * @param slippage        fill worse than mark by this fraction
 * @param mode            full or partial liquidation
 * @param partialFraction with partial: share of each position closed per step, in (0, 1]
 */
public record LiquidationRules(double feeRate, double slippage, LiquidationMode mode, double partialFraction) {
    public LiquidationRules {
        Checks.rate("fee_rate", feeRate);
        if (!(slippage >= 0 && slippage < 1)) {
            throw new IllegalArgumentException("slippage: expected a fraction in [0, 1), got " + slippage);
        }
        Objects.requireNonNull(mode, "mode");
        if (!(partialFraction > 0 && partialFraction <= 1)) {
            throw new IllegalArgumentException("partial_fraction: expected a fraction in (0, 1], got "
                    + partialFraction);
        }
    }

    /** Full liquidation with the given fee rate and slippage. */
    public static LiquidationRules full(double feeRate, double slippage) {
        return new LiquidationRules(feeRate, slippage, LiquidationMode.FULL, 1.0);
    }

    /**
     * Fill price of closing a position of signed {@code quantity} at {@code mark}: {@code S (1 - slip)} for a long
     * (it is sold), {@code S (1 + slip)} for a short (it is bought back). Quote currency.
     */
    public double fillPrice(double quantity, double mark) {
        return quantity > 0 ? mark * (1.0 - slippage) : mark * (1.0 + slippage);
    }
}
