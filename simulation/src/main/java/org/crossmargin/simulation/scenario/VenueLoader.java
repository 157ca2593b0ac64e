package org.crossmargin.simulation.scenario;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.crossmargin.core.book.Venue;
import org.crossmargin.core.liquidation.LiquidationMode;
import org.crossmargin.core.liquidation.LiquidationRules;
import org.crossmargin.core.market.CollateralRule;
import org.crossmargin.core.market.MarketRules;
import org.crossmargin.core.market.Tier;
import org.crossmargin.core.market.TierTable;
import org.crossmargin.simulation.input.InputException;

/** Reads and validates a venue YAML file (DESIGN §8): insurance fund, liquidation rules, tiers, collateral. */
public final class VenueLoader {
    static final List<String> KEYS = List.of("name", "insurance_fund", "liquidation", "markets", "collateral");
    private static final List<String> LIQUIDATION_KEYS = List.of("fee_rate", "slippage", "mode", "partial_fraction");
    private static final List<String> TIER_KEYS = List.of("max_notional", "initial_rate", "maintenance_rate");
    private static final String FRACTION = "a fraction in [0, 1)";

    private VenueLoader() {
    }

    /**
     * What a venue file gave: the venue when valid (else null) and the names the cross-file checks need.
     *
     * @param markets    names under {@code markets}, whatever their rules
     * @param collateral names under {@code collateral}, whatever their haircuts
     */
    record Draft(Venue venue, List<String> markets, List<String> collateral) {
    }

    /**
     * The venue in {@code file}.
     *
     * @throws InputException with every problem of the file, each naming line, column and field
     */
    public static Venue load(Path file) throws InputException {
        ProblemLog log = ProblemLog.of(file.toString());
        Draft draft = read(file, log);
        if (log.count() > 0) {
            throw new InputException(log.problems());
        }
        return draft.venue();
    }

    /** The venue in {@code file}, or null when it cannot be read as YAML (problems logged). */
    static Draft read(Path file, ProblemLog log) {
        final int before = log.count();
        YamlNode root = YamlTree.read(file, log);
        if (root == null) {
            return null;
        }
        YamlSection top = YamlSection.root(log, root);
        top.allowOnly(KEYS);
        String name = top.text("name", "a venue name");
        Double fund = top.number("insurance_fund", "an amount >= 0 (quote currency)",
                f -> f >= 0 && f < Double.POSITIVE_INFINITY);
        LiquidationRules liquidation = liquidation(top.section("liquidation", true,
                "a mapping with fee_rate, slippage, mode"));
        YamlSection marketsSection = top.section("markets", true, "a mapping of market names to {tiers}");
        if (marketsSection.isPresent() && marketsSection.entries().isEmpty()) {
            log.add(marketsSection.node(), marketsSection.path(), "expected at least one market, got none");
        }
        Map<String, MarketRules> markets = new LinkedHashMap<>();
        for (Map.Entry<String, YamlNode> entry : marketsSection.entries().entrySet()) {
            YamlSection market = YamlSection.of(log, marketsSection.field(entry.getKey()), entry.getValue(),
                    "a mapping {tiers}");
            market.allowOnly(List.of("tiers"));
            TierTable tiers = tiers(market);
            if (tiers != null) {
                markets.put(entry.getKey(), new MarketRules(entry.getKey(), tiers));
            }
        }
        YamlSection collateralSection = top.section("collateral", true, "a mapping of assets to {haircut}");
        Map<String, CollateralRule> collateral = new LinkedHashMap<>();
        for (Map.Entry<String, YamlNode> entry : collateralSection.entries().entrySet()) {
            YamlSection asset = YamlSection.of(log, collateralSection.field(entry.getKey()), entry.getValue(),
                    "a mapping {haircut}");
            asset.allowOnly(List.of("haircut"));
            Double haircut = asset.number("haircut", FRACTION, h -> h >= 0 && h < 1);
            if (haircut != null) {
                collateral.put(entry.getKey(), new CollateralRule(entry.getKey(), haircut));
            }
        }
        Venue venue = null;
        if (log.count() == before) {
            try {
                venue = new Venue(name, fund, liquidation, markets, collateral);
            } catch (IllegalArgumentException | NullPointerException bad) {
                log.add(root, "(venue)", String.valueOf(bad.getMessage()));
            }
        }
        return new Draft(venue, List.copyOf(marketsSection.entries().keySet()),
                List.copyOf(collateralSection.entries().keySet()));
    }

    private static LiquidationRules liquidation(YamlSection section) {
        if (!section.isPresent()) {
            return null;
        }
        section.allowOnly(LIQUIDATION_KEYS);
        Double fee = section.number("fee_rate", FRACTION, f -> f >= 0 && f < 1);
        Double slippage = section.number("slippage", FRACTION, s -> s >= 0 && s < 1);
        LiquidationMode mode = LiquidationMode.FULL;
        YamlNode modeNode = section.get("mode");
        if (modeNode != null) {
            String text = section.text(modeNode, section.field("mode"), "full or partial");
            if (text == null) {
                return null;
            }
            if (!text.equals("full") && !text.equals("partial")) {
                section.log().add(modeNode, section.field("mode"),
                        DidYouMean.unknown("liquidation mode \"" + text + "\"", text, List.of("full", "partial")));
                return null;
            }
            mode = text.equals("full") ? LiquidationMode.FULL : LiquidationMode.PARTIAL;
        }
        String partialExpected = "a share of each position closed per step in (0, 1]";
        Double partial = mode == LiquidationMode.PARTIAL
                ? section.number("partial_fraction", partialExpected, p -> p > 0 && p <= 1)
                // With full liquidation the fraction is unused, but a value that is given must still make sense.
                : section.number("partial_fraction", 1.0, partialExpected, p -> p > 0 && p <= 1);
        if (fee == null || slippage == null || partial == null) {
            return null;
        }
        return new LiquidationRules(fee, slippage, mode, partial);
    }

    /** The market's tier table, or null after logging each bad tier at its own line. */
    private static TierTable tiers(YamlSection market) {
        ProblemLog log = market.log();
        final int before = log.count();
        String expected = "a non-empty list of tiers {max_notional, initial_rate, maintenance_rate}";
        List<YamlNode> items = market.list("tiers", true, expected);
        if (market.has("tiers") && market.get("tiers").isList() && items.isEmpty()) {
            log.add(market.get("tiers"), market.field("tiers"), "expected " + expected + ", got an empty list");
        }
        List<Tier> tiers = new ArrayList<>();
        Tier previous = null;
        for (int k = 0; k < items.size(); k++) {
            YamlSection tier = YamlSection.of(log, market.field("tiers") + "[" + k + "]", items.get(k),
                    "a tier {max_notional, initial_rate, maintenance_rate}");
            if (!tier.isPresent()) {
                continue;
            }
            tier.allowOnly(TIER_KEYS);
            final int tierBefore = log.count();
            Double cap = tier.number("max_notional", "a notional cap > 0 (quote currency)",
                    c -> c > 0 && c < Double.POSITIVE_INFINITY);
            Double initial = tier.number("initial_rate", "a rate in [0, 1]", r -> r >= 0 && r <= 1);
            Double maintenance = tier.number("maintenance_rate", "a rate in [0, 1]", r -> r >= 0 && r <= 1);
            if (log.count() != tierBefore) {
                continue;
            }
            if (maintenance > initial) {
                log.add(tier.get("maintenance_rate"), tier.field("maintenance_rate"), "expected at most initial_rate "
                        + tier.get("initial_rate").text() + ", got " + tier.get("maintenance_rate").text());
                continue;
            }
            if (previous != null) {
                ascending(tier, previous, cap, initial, maintenance);
            }
            previous = new Tier(cap, initial, maintenance);
            tiers.add(previous);
        }
        return log.count() == before && !items.isEmpty() ? new TierTable(tiers) : null;
    }

    /** Logs a tier whose cap does not rise or whose rates fall compared with the tier before it. */
    private static void ascending(YamlSection tier, Tier previous, double cap, double initial, double maintenance) {
        ProblemLog log = tier.log();
        if (!(cap > previous.maxNotional())) {
            log.add(tier.get("max_notional"), tier.field("max_notional"), "expected a cap above the previous tier's "
                    + number(previous.maxNotional()) + " (tiers ascend), got " + tier.get("max_notional").text());
        }
        if (initial < previous.initialRate()) {
            log.add(tier.get("initial_rate"), tier.field("initial_rate"), "expected at least the previous tier's "
                    + number(previous.initialRate()) + " (rates may not fall as notional grows), got "
                    + tier.get("initial_rate").text());
        }
        if (maintenance < previous.maintenanceRate()) {
            log.add(tier.get("maintenance_rate"), tier.field("maintenance_rate"), "expected at least the previous "
                    + "tier's " + number(previous.maintenanceRate()) + " (rates may not fall as notional grows), got "
                    + tier.get("maintenance_rate").text());
        }
    }

    /** A number as a person writes it: 50000, not 50000.0. */
    static String number(double value) {
        return value == Math.rint(value) && Math.abs(value) < 1e15 ? Long.toString((long) value)
                : Double.toString(value);
    }
}
