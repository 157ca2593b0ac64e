package org.crossmargin.simulation.stats;

import java.util.Objects;

/**
 * What {@code accounts.csv} shows of an account besides its statistics, computed by the caller from the book at
 * start prices.
 *
 * @param id         account id
 * @param startValue account value at the start, quote currency (haircut collateral value + unrealized PnL)
 * @param notional   {@code sum |q| S0} over its positions, quote currency, &gt;= 0
 * @param collateral its collateral assets joined by {@code +} (e.g. {@code USDT+BTC}); empty if none
 */
public record AccountInfo(String id, double startValue, double notional, String collateral) {
    public AccountInfo {
        if (id == null || id.isBlank()) {
            throw new IllegalArgumentException("account: expected a non-empty id, got " + id);
        }
        if (!Double.isFinite(startValue)) {
            throw new IllegalArgumentException("start_value: expected a finite number, got " + startValue);
        }
        if (!(notional >= 0 && notional < Double.POSITIVE_INFINITY)) {
            throw new IllegalArgumentException("notional: expected a finite number >= 0, got " + notional);
        }
        Objects.requireNonNull(collateral, "collateral");
    }

    /** Leverage {@code notional / start value}; NaN when the start value is not positive (written empty). */
    public double leverage() {
        return startValue > 0 ? notional / startValue : Double.NaN;
    }
}
