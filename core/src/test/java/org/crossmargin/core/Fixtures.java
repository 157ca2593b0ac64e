package org.crossmargin.core;

import java.util.List;
import java.util.Map;
import org.crossmargin.core.account.Account;
import org.crossmargin.core.account.Collateral;
import org.crossmargin.core.account.MarginMode;
import org.crossmargin.core.account.Position;
import org.crossmargin.core.book.Venue;
import org.crossmargin.core.liquidation.LiquidationRules;
import org.crossmargin.core.market.CollateralRule;
import org.crossmargin.core.market.MarketRules;
import org.crossmargin.core.market.Tier;
import org.crossmargin.core.market.TierTable;

/** Venues, tables and accounts shared by the core tests; every number is quoted from where it comes. */
public final class Fixtures {
    private Fixtures() {
    }

    /**
     * Binance BTCUSDT brackets as of 2024 (the lead's table): 0.4% to 50k, 0.5% to 600k, 0.65% to 3M, 1% to 12M;
     * initial rates 1/125, 1/100, 1/75, 1/50.
     */
    public static TierTable btc2024() {
        return TierTable.of(new Tier(50_000, 0.008, 0.004), new Tier(600_000, 0.01, 0.005),
                new Tier(3_000_000, 0.0133, 0.0065), new Tier(12_000_000, 0.02, 0.01));
    }

    /**
     * Binance BTCUSDT brackets of 2021-03-18 (announcement "Updates to Leverage and Margin Tiers of Binance Futures
     * Contracts"): 0.4% to 50k, 0.5% to 250k, 1% to 1M, 2.5% to 10M, 5% to 20M; the 2.5% tier's amount 16,300 is the
     * one of the cross-margin FAQ example.
     */
    public static TierTable btc2021() {
        return TierTable.of(new Tier(50_000, 0.008, 0.004), new Tier(250_000, 0.01, 0.005),
                new Tier(1_000_000, 0.02, 0.01), new Tier(10_000_000, 0.05, 0.025),
                new Tier(20_000_000, 0.10, 0.05));
    }

    /**
     * Binance ETHUSDT brackets of the FAQ's time: 0.5% to 10k, 0.65% to 100k, 1% to 500k, 2% to 1M, 5% to 2M,
     * 10% to 10M, 12.5% to 20M. Amounts 0, 15, 365, 5,365, 35,365, 135,365 (the FAQ's 10% tier), 385,365.
     */
    public static TierTable eth2021() {
        return TierTable.of(new Tier(10_000, 0.01, 0.005), new Tier(100_000, 0.0133, 0.0065),
                new Tier(500_000, 0.02, 0.01), new Tier(1_000_000, 0.04, 0.02), new Tier(2_000_000, 0.10, 0.05),
                new Tier(10_000_000, 0.20, 0.10), new Tier(20_000_000, 0.25, 0.125));
    }

    /** One bracket: {@code initialRate} and {@code maintenanceRate} at any notional (cap 1e9, used beyond too). */
    public static TierTable flat(double initialRate, double maintenanceRate) {
        return TierTable.of(new Tier(1e9, initialRate, maintenanceRate));
    }

    /** A venue with the given markets, USDT at haircut 0 and BTC at {@code btcHaircut}, fund and rules. */
    public static Venue venue(Map<String, TierTable> markets, double btcHaircut, double fund, LiquidationRules rules) {
        java.util.Map<String, MarketRules> rulesByMarket = new java.util.TreeMap<>();
        markets.forEach((name, table) -> rulesByMarket.put(name, new MarketRules(name, table)));
        return new Venue("test", fund, rules, rulesByMarket,
                Map.of("USDT", new CollateralRule("USDT", 0.0), "BTC", new CollateralRule("BTC", btcHaircut)));
    }

    /** A cross account with USDT collateral {@code usdt} and the given positions. */
    public static Account cross(String id, double usdt, Position... positions) {
        return new Account(id, MarginMode.CROSS, List.of(new Collateral("USDT", usdt)), List.of(positions));
    }

    /** An isolated account with USDT collateral {@code usdt} and the given positions. */
    public static Account isolated(String id, double usdt, Position... positions) {
        return new Account(id, MarginMode.ISOLATED, List.of(new Collateral("USDT", usdt)), List.of(positions));
    }
}
