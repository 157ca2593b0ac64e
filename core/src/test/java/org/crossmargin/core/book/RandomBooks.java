package org.crossmargin.core.book;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import org.crossmargin.core.account.Account;
import org.crossmargin.core.account.Collateral;
import org.crossmargin.core.account.MarginMode;
import org.crossmargin.core.account.Position;
import org.crossmargin.core.liquidation.LiquidationMode;
import org.crossmargin.core.liquidation.LiquidationRules;
import org.crossmargin.core.market.CollateralRule;
import org.crossmargin.core.market.MarketIndex;
import org.crossmargin.core.market.MarketRules;
import org.crossmargin.core.market.Tier;
import org.crossmargin.core.market.TierTable;

/**
 * jqwik generators of random venues, books and price paths over the markets USDT (a stablecoin, price 1), BTC,
 * ETH and SOL. Sizes are chosen so that crashes liquidate some units, and some leave shortfall.
 */
final class RandomBooks {
    static final MarketIndex MARKETS = MarketIndex.of("USDT", "BTC", "ETH", "SOL");
    static final double[] START = {1.0, 60_000, 3_000, 150};
    private static final List<String> PERPETUALS = List.of("BTC", "ETH", "SOL");

    private RandomBooks() {
    }

    /** 1 to 4 tiers: ascending caps, non-decreasing maintenance rates, initial rates 1 to 3 times those. */
    static Arbitrary<TierTable> tables() {
        return Arbitraries.integers().between(1, 4).flatMap(n -> Combinators.combine(
                Arbitraries.doubles().between(5_000, 300_000).list().ofSize(n),
                Arbitraries.doubles().between(0.0, 0.03).list().ofSize(n),
                Arbitraries.doubles().between(1.0, 3.0)).as((capSteps, rateSteps, initialFactor) -> {
                    List<Tier> tiers = new ArrayList<>();
                    double cap = 0.0;
                    double rate = 0.0;
                    for (int k = 0; k < n; k++) {
                        cap += capSteps.get(k);
                        rate += rateSteps.get(k);
                        tiers.add(new Tier(cap, Math.min(1.0, rate * initialFactor), rate));
                    }
                    return new TierTable(tiers);
                }));
    }

    static Arbitrary<Venue> venues() {
        Arbitrary<LiquidationRules> rules = Combinators.combine(Arbitraries.doubles().between(0, 0.02),
                Arbitraries.doubles().between(0, 0.01), Arbitraries.of(LiquidationMode.class),
                Arbitraries.doubles().between(0.1, 1.0)).as(LiquidationRules::new);
        return Combinators.combine(tables().list().ofSize(3), Arbitraries.doubles().between(0, 0.3),
                Arbitraries.doubles().between(0, 0.3), Arbitraries.doubles().between(0, 50_000), rules)
                .as((tables, btcHaircut, ethHaircut, fund, liquidation) -> {
                    Map<String, MarketRules> markets = new TreeMap<>();
                    for (int m = 0; m < PERPETUALS.size(); m++) {
                        markets.put(PERPETUALS.get(m), new MarketRules(PERPETUALS.get(m), tables.get(m)));
                    }
                    return new Venue("random", fund, liquidation, markets, Map.of(
                            "USDT", new CollateralRule("USDT", 0.0),
                            "BTC", new CollateralRule("BTC", btcHaircut),
                            "ETH", new CollateralRule("ETH", ethHaircut)));
                });
    }

    /** A position spec: market, signed notional at start, entry relative to start, explicit margin or negative. */
    private record Spec(String market, double notional, double entryFactor, double explicitMargin) {
    }

    private static Arbitrary<Spec> specs() {
        return Combinators.combine(Arbitraries.of(PERPETUALS),
                Arbitraries.doubles().between(-150_000, 150_000).filter(x -> Math.abs(x) > 100),
                Arbitraries.doubles().between(0.8, 1.2),
                Arbitraries.frequencyOf(
                        net.jqwik.api.Tuple.of(3, Arbitraries.just(-1.0)),
                        net.jqwik.api.Tuple.of(1, Arbitraries.doubles().between(0, 15_000)))).as(Spec::new);
    }

    /** Accounts with USDT and optionally BTC/ETH collateral (non-stable, haircut) and up to 3 positions. */
    static Arbitrary<Account> accounts(boolean stableOnly) {
        return Combinators.combine(Arbitraries.of(MarginMode.class), Arbitraries.doubles().between(0, 40_000),
                stableOnly ? Arbitraries.just(0.0) : Arbitraries.doubles().between(0, 0.5),
                stableOnly ? Arbitraries.just(0.0) : Arbitraries.doubles().between(0, 5),
                specs().list().ofMaxSize(3).uniqueElements(Spec::market)).as((mode, usdt, btc, eth, specs) -> {
                    List<Collateral> collateral = new ArrayList<>();
                    if (usdt > 1) {
                        collateral.add(new Collateral("USDT", usdt));
                    }
                    if (btc > 0.001) {
                        collateral.add(new Collateral("BTC", btc));
                    }
                    if (eth > 0.01) {
                        collateral.add(new Collateral("ETH", eth));
                    }
                    // explicit margins may not exceed the collateral (DESIGN §3): scale them into the USDT alone,
                    // a lower bound of the haircut collateral value
                    double explicit = 0.0;
                    for (Spec spec : specs) {
                        explicit += Math.max(spec.explicitMargin(), 0.0);
                    }
                    final double stable = usdt > 1 ? usdt : 0.0;
                    final double scale = explicit > stable ? stable / explicit : 1.0;
                    List<Position> positions = new ArrayList<>();
                    for (Spec spec : specs) {
                        double start = START[MARKETS.column(spec.market())];
                        double quantity = spec.notional() / start;
                        double entry = start * spec.entryFactor();
                        positions.add(mode == MarginMode.ISOLATED && spec.explicitMargin() >= 0
                                ? Position.isolated(spec.market(), quantity, entry, spec.explicitMargin() * scale)
                                : Position.of(spec.market(), quantity, entry));
                    }
                    return new Account("A", mode, collateral, positions);
                });
    }

    static Arbitrary<Book> books(boolean stableOnly) {
        return accounts(stableOnly).list().ofMinSize(1).ofMaxSize(6).map(list -> {
            List<Account> accounts = new ArrayList<>();
            for (int a = 0; a < list.size(); a++) {
                Account account = list.get(a);
                accounts.add(new Account(String.format("A%04d", a), account.marginMode(), account.collateral(),
                        account.positions()));
            }
            return new Book(accounts);
        });
    }

    /**
     * Price paths of 1 to 25 steps: row 0 the start, then per step and market a log return, mostly within 6% and
     * one time in ten a crash or pump of up to 45%. USDT stays at 1.
     */
    static Arbitrary<double[][]> paths() {
        Arbitrary<Double> move = Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(9, Arbitraries.doubles().between(-0.06, 0.06)),
                net.jqwik.api.Tuple.of(1, Arbitraries.doubles().between(-0.6, 0.37)));
        return move.list().ofSize(3).list().ofMinSize(1).ofMaxSize(25).map(steps -> {
            double[][] rows = new double[steps.size() + 1][];
            rows[0] = START.clone();
            for (int t = 1; t <= steps.size(); t++) {
                rows[t] = rows[t - 1].clone();
                for (int m = 1; m < MARKETS.size(); m++) {
                    rows[t][m] = rows[t - 1][m] * Math.exp(steps.get(t - 1).get(m - 1));
                }
            }
            return rows;
        });
    }

    /** The rows of a path flattened into {@code double[(steps + 1) * markets]}. */
    static double[] flatten(double[][] rows) {
        final int markets = rows[0].length;
        double[] flat = new double[rows.length * markets];
        for (int t = 0; t < rows.length; t++) {
            System.arraycopy(rows[t], 0, flat, t * markets, markets);
        }
        return flat;
    }
}
