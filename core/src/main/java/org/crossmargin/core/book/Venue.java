package org.crossmargin.core.book;

import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.crossmargin.core.liquidation.LiquidationRules;
import org.crossmargin.core.margin.MarketBinding;
import org.crossmargin.core.market.Checks;
import org.crossmargin.core.market.CollateralRule;
import org.crossmargin.core.market.MarketIndex;
import org.crossmargin.core.market.MarketRules;

/**
 * The margin rules of one venue.
 *
 * @param name          venue profile name
 * @param insuranceFund insurance fund at the start of every path, quote currency
 * @param liquidation   liquidation fee, slippage and mode
 * @param markets       margin rules per perpetual market, by market name
 * @param collateral    accepted collateral assets and their haircuts, by asset name
 */
public record Venue(String name, double insuranceFund, LiquidationRules liquidation,
                    Map<String, MarketRules> markets, Map<String, CollateralRule> collateral) {
    public Venue {
        Checks.name("name", name);
        Checks.finiteNonNegative("insurance_fund", insuranceFund);
        Objects.requireNonNull(liquidation, "liquidation");
        markets = Collections.unmodifiableMap(new TreeMap<>(markets)); // sorted: deterministic order
        collateral = Collections.unmodifiableMap(new TreeMap<>(collateral));
        markets.forEach((key, rules) -> {
            if (!key.equals(rules.market())) {
                throw new IllegalArgumentException("markets: key " + key + " names rules of " + rules.market());
            }
        });
        collateral.forEach((key, rule) -> {
            if (!key.equals(rule.asset())) {
                throw new IllegalArgumentException("collateral: key " + key + " names rule of " + rule.asset());
            }
        });
    }

    /** These rules bound to the price columns of {@code markets}. */
    public MarketBinding bind(MarketIndex markets) {
        return MarketBinding.of(name, this.markets, collateral, markets);
    }
}
