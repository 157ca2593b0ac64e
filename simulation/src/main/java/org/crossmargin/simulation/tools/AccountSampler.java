package org.crossmargin.simulation.tools;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.distribution.ContinuousSampler;
import org.apache.commons.rng.sampling.distribution.LogNormalSampler;
import org.apache.commons.rng.sampling.distribution.ZigguratSampler;
import org.crossmargin.core.account.Account;
import org.crossmargin.core.account.Collateral;
import org.crossmargin.core.account.MarginMode;
import org.crossmargin.core.account.Position;
import org.crossmargin.core.market.TierTable;

/**
 * Draws the accounts of a sample book one at a time from a seeded generator: kind (directional, hedged, mixed,
 * whale), margin mode, equity, leverage, markets and sides, entries near the reference prices, collateral; then
 * sizes the account so that every margin unit starts at least {@link #TARGET_HEALTH} times above maintenance at
 * every venue given (lowering its leverage where a venue's tiers demand it).
 *
 * <p>Distributions (assumptions, chosen to look like a retail-heavy derivatives venue): equity log-normal with
 * median 3,000 USDT and log-sd 1.5; leverage log-normal with median 4x and log-sd 1.0, clipped to [1, 50] (about
 * 5% of accounts drawn above 20x and 0.6% at 50x: the heavy right tail); 15% isolated accounts, half of them with
 * explicit margins.
 */
final class AccountSampler {

    /** Every margin unit starts with equity at least this multiple of its maintenance margin, at every venue. */
    static final double TARGET_HEALTH = 1.25;

    private static final double ISOLATED_SHARE = 0.15;
    private static final double HEDGED_SHARE = 0.22;
    private static final double MIXED_SHARE = 0.18;
    private static final double LONG_BIAS = 0.6;
    private static final double MEDIAN_EQUITY = 3_000;
    private static final double EQUITY_LOG_SD = 1.5;
    private static final double MIN_EQUITY = 50;
    private static final double MAX_EQUITY = 1_000_000;
    private static final double MEDIAN_LEVERAGE = 4;
    private static final double LEVERAGE_LOG_SD = 1.0;
    private static final double MAX_LEVERAGE = 50;
    /** Entries lie within 3% of the reference price ... */
    private static final double MAX_ENTRY_OFFSET = 0.03;
    /** ... and never put more than 40% of the account's equity in unrealized PnL, so high leverage stays healthy. */
    private static final double MAX_PNL_SHARE = 0.4;
    private static final double SHRINK = 0.85;
    private static final int MAX_SHRINKS = 60;

    private final BookProfile profile;
    private final List<VenueRates> venues;
    private final Map<String, Double> prices;
    private final UniformRandomProvider rng;
    private final ContinuousSampler equitySampler;
    private final ContinuousSampler leverageSampler;
    private final MarketPicker picker;

    AccountSampler(BookProfile profile, List<VenueRates> venues, UniformRandomProvider rng) {
        if (venues.isEmpty()) {
            throw new IllegalArgumentException("venues: expected at least one venue profile");
        }
        this.profile = profile;
        this.venues = List.copyOf(venues);
        this.prices = referencePrices(profile);
        this.rng = rng;
        this.equitySampler = LogNormalSampler.of(ZigguratSampler.NormalizedGaussian.of(rng),
                Math.log(MEDIAN_EQUITY), EQUITY_LOG_SD);
        this.leverageSampler = LogNormalSampler.of(ZigguratSampler.NormalizedGaussian.of(rng),
                Math.log(MEDIAN_LEVERAGE), LEVERAGE_LOG_SD);
        this.picker = new MarketPicker(profile, this.venues, rng);
    }

    /** Reference price of every market and collateral asset of {@code profile}, USDT at 1. */
    static Map<String, Double> referencePrices(BookProfile profile) {
        Map<String, Double> prices = new HashMap<>();
        prices.put(BookProfile.STABLE, 1.0);
        profile.markets().forEach(m -> prices.put(m.name(), m.price()));
        profile.cryptoCollateral().forEach(c -> prices.put(c.name(), c.price()));
        return prices;
    }

    /** The next account, named {@code id}. */
    Account next(String id) {
        Draft draft = draw();
        double scale = 1.0;
        for (int attempt = 0; attempt < MAX_SHRINKS; attempt++) {
            Account account = materialize(id, draft, scale);
            if (healthy(account)) {
                return account;
            }
            scale *= SHRINK; // less leverage on the same equity, until every venue's maintenance is met
        }
        throw new IllegalStateException("account " + id + ": no leverage keeps it above maintenance at start");
    }

    private boolean healthy(Account account) {
        for (VenueRates venue : venues) {
            if (!(StartHealth.worstRatio(account, prices, venue) >= TARGET_HEALTH)) {
                return false;
            }
        }
        return true;
    }

    /** The random choices of one account, before sizing. */
    private static final class Draft {
        boolean isolated;
        boolean explicitMargins;
        double equity;
        double leverage;
        double freeFraction;
        final List<String> markets = new ArrayList<>();
        final List<Double> signs = new ArrayList<>();
        final List<Double> weights = new ArrayList<>();
        final List<Double> offsets = new ArrayList<>();
        ReferenceAsset crypto;
        double cryptoShare;
    }

    private Draft draw() {
        Draft d = new Draft();
        d.isolated = rng.nextDouble() < ISOLATED_SHARE;
        d.explicitMargins = d.isolated && rng.nextBoolean();
        // Explicit isolated margins leave a free balance of up to half the margins that no liquidation touches.
        double free = d.explicitMargins ? 0.5 * rng.nextDouble() : 0.0;
        double kind = rng.nextDouble();
        if (kind < profile.whaleShare()) {
            drawWhale(d);
        } else {
            d.equity = Math.min(MAX_EQUITY, Math.max(MIN_EQUITY, equitySampler.sample()));
            d.leverage = Math.min(MAX_LEVERAGE, Math.max(1.0, leverageSampler.sample()));
            // High leverage is only on offer in the deepest markets: trade only where every venue allows it.
            boolean[] excluded = picker.excludedAt(d.leverage);
            List<List<String>> pairs = picker.hedgePairs(excluded);
            if (kind < profile.whaleShare() + HEDGED_SHARE && !pairs.isEmpty()) {
                drawHedged(d, pairs);
            } else if (kind < profile.whaleShare() + HEDGED_SHARE + MIXED_SHARE) {
                drawPositions(d, 2 + rng.nextInt(3), false, excluded);
            } else {
                int count = 1;
                while (count < 4 && rng.nextDouble() < 0.45) {
                    count++;
                }
                drawPositions(d, count, true, excluded);
            }
        }
        // The free balance never takes the account's leverage below 1x.
        d.freeFraction = Math.min(free, d.leverage - 1);
        for (int p = 0; p < d.markets.size(); p++) {
            d.offsets.add(2 * rng.nextDouble() - 1);
        }
        double u = rng.nextDouble();
        for (ReferenceAsset asset : profile.cryptoCollateral()) {
            u -= asset.weight();
            if (u < 0) {
                d.crypto = asset;
                d.cryptoShare = 0.3 + 0.7 * rng.nextDouble();
                break;
            }
        }
        return d;
    }

    /** A whale: its main position's notional lands in tier 3 or 4 of the first venue's table for the market. */
    private void drawWhale(Draft d) {
        String main = profile.markets().get(picker.pick(new boolean[profile.markets().size()])).name();
        TierTable table = venues.get(0).tierTable(main);
        int tier = Math.min(2 + rng.nextInt(2), table.tierCount() - 1);
        double low = tier > 0 ? table.cap(tier - 1) : 0.0;
        double mainNotional = low + (table.cap(tier) - low) * (0.1 + 0.8 * rng.nextDouble());
        d.leverage = 2 + 6 * rng.nextDouble();
        double total = mainNotional;
        List<String> partner = profile.hedgePairs().stream().filter(pair -> pair.contains(main)).findFirst()
                .orElse(null);
        double sign = rng.nextDouble() < LONG_BIAS ? 1 : -1;
        d.markets.add(main);
        d.signs.add(sign);
        d.weights.add(mainNotional);
        if (partner != null && rng.nextDouble() < 0.4) {
            double leg = mainNotional * (0.5 + 0.4 * rng.nextDouble());
            d.markets.add(partner.get(0).equals(main) ? partner.get(1) : partner.get(0));
            d.signs.add(-sign);
            d.weights.add(leg);
            total += leg;
        }
        normalise(d.weights, total);
        d.equity = total / d.leverage;
    }

    /** Long one market of a correlated pair, short the other, the short leg 60-100% of the long. */
    private void drawHedged(Draft d, List<List<String>> pairs) {
        List<String> pair = pairs.get(rng.nextInt(pairs.size()));
        boolean firstLong = rng.nextBoolean();
        double shortLeg = 0.6 + 0.4 * rng.nextDouble();
        d.markets.add(pair.get(0));
        d.signs.add(firstLong ? 1.0 : -1.0);
        d.weights.add(firstLong ? 1.0 : shortLeg);
        d.markets.add(pair.get(1));
        d.signs.add(firstLong ? -1.0 : 1.0);
        d.weights.add(firstLong ? shortLeg : 1.0);
        normalise(d.weights, 1.0 + shortLeg);
    }

    /** {@code count} distinct markets by popularity; one side for all ({@code directional}) or a side each. */
    private void drawPositions(Draft d, int count, boolean directional, boolean[] excluded) {
        boolean[] taken = excluded.clone();
        int open = 0;
        for (boolean t : taken) {
            open += t ? 0 : 1;
        }
        int n = Math.min(count, open);
        double side = rng.nextDouble() < LONG_BIAS ? 1.0 : -1.0;
        double total = 0;
        for (int p = 0; p < n; p++) {
            int m = picker.pick(taken);
            taken[m] = true;
            d.markets.add(profile.markets().get(m).name());
            d.signs.add(directional ? side : (rng.nextDouble() < LONG_BIAS ? 1.0 : -1.0));
            double weight = 0.2 + 0.8 * rng.nextDouble();
            d.weights.add(weight);
            total += weight;
        }
        normalise(d.weights, total);
    }

    private static void normalise(List<Double> weights, double total) {
        weights.replaceAll(w -> w / total);
    }

    /** The account of {@code d} at leverage {@code d.leverage * scale}, rounded to lots and ticks. */
    private Account materialize(String id, Draft d, double scale) {
        final double leverage = d.leverage * scale;
        final double notional = d.equity * leverage;
        final double offsetCap = Math.min(MAX_ENTRY_OFFSET, MAX_PNL_SHARE / leverage);
        List<Position> positions = new ArrayList<>();
        double pnl = 0;
        for (int p = 0; p < d.markets.size(); p++) {
            ReferenceAsset market = profile.market(d.markets.get(p));
            double lot = Math.pow(10, -market.quantityDecimals());
            double size = Math.max(lot, round(notional * d.weights.get(p) / market.price(), market.quantityDecimals()));
            double quantity = d.signs.get(p) * size;
            double entry = round(market.price() * (1 + d.offsets.get(p) * offsetCap), market.priceDecimals());
            double unrealized = quantity * (market.price() - entry);
            pnl += unrealized;
            if (d.explicitMargins) {
                // The position's equity at start is its share of the account's equity: margin + PnL = equity share.
                double margin = floor(d.equity * d.weights.get(p) - unrealized, 2);
                positions.add(Position.isolated(market.name(), quantity, entry, margin));
            } else {
                positions.add(Position.of(market.name(), quantity, entry));
            }
        }
        // Collateral is the balancing item: haircut collateral value + PnL = equity (plus any free balance).
        double value = d.equity - pnl + d.equity * d.freeFraction;
        List<Collateral> collateral = new ArrayList<>();
        double stable = value;
        if (d.crypto != null) {
            double unitValue = d.crypto.price() * (1 - venues.get(0).haircut(d.crypto.name()));
            double units = floor(value * d.cryptoShare / unitValue, d.crypto.quantityDecimals() + 2);
            if (units > 0) {
                collateral.add(new Collateral(d.crypto.name(), units));
                stable = value - units * unitValue;
            }
        }
        stable = round(stable, 2);
        if (stable >= 0.01) {
            collateral.add(0, new Collateral(BookProfile.STABLE, stable));
        }
        return new Account(id, d.isolated ? MarginMode.ISOLATED : MarginMode.CROSS, collateral, positions);
    }

    private static double round(double x, int decimals) {
        return BigDecimal.valueOf(x).setScale(decimals, RoundingMode.HALF_EVEN).doubleValue();
    }

    private static double floor(double x, int decimals) {
        return BigDecimal.valueOf(x).setScale(decimals, RoundingMode.FLOOR).doubleValue();
    }
}
