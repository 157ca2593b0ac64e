package org.crossmargin.core.account;

import java.util.Objects;
import java.util.OptionalDouble;
import org.crossmargin.core.market.Checks;

/**
 * A linear perpetual position.
 *
 * @param market          market name
 * @param quantity        signed quantity in base units, long &gt; 0, never 0
 * @param entryPrice      entry price, quote currency, &gt; 0
 * @param isolatedMargin  explicit isolated margin (quote currency, &gt;= 0) when the book gives one
 */
public record Position(String market, double quantity, double entryPrice, OptionalDouble isolatedMargin) {
    public Position {
        Checks.name("market", market);
        Checks.finiteNonZero("quantity", quantity);
        Checks.finitePositive("entry_price", entryPrice);
        Objects.requireNonNull(isolatedMargin, "isolatedMargin");
        if (isolatedMargin.isPresent()) {
            Checks.finiteNonNegative("isolated_margin", isolatedMargin.getAsDouble());
        }
    }

    /** A position without an explicit isolated margin. */
    public static Position of(String market, double quantity, double entryPrice) {
        return new Position(market, quantity, entryPrice, OptionalDouble.empty());
    }

    /** A position with an explicit isolated margin. */
    public static Position isolated(String market, double quantity, double entryPrice, double isolatedMargin) {
        return new Position(market, quantity, entryPrice, OptionalDouble.of(isolatedMargin));
    }

    /** Unrealized PnL at {@code mark}: {@code q (S - e)}, quote currency. */
    public double unrealizedPnl(double mark) {
        return quantity * (mark - entryPrice);
    }

    /** Notional at {@code mark}: {@code |q| S}, quote currency. */
    public double notional(double mark) {
        return Math.abs(quantity) * mark;
    }

    /** True for a long position. */
    public boolean isLong() {
        return quantity > 0;
    }
}
