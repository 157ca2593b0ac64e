package org.crossmargin.simulation.scenario;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import org.crossmargin.core.book.ImpactModel;
import org.crossmargin.core.book.MarketImpact;

/**
 * Reads a scenario's optional {@code market_impact:} section (DESIGN §10): {@code model}, {@code latency} (default 1),
 * {@code max_rounds} (default 10) and per market {@code daily_volume} and {@code coefficient} (square-root),
 * {@code lambda} (linear), {@code resilience_half_life} and optionally {@code daily_volatility}. A parameter of the
 * other model is an error rather than silently unused. With {@code model: none} the markets are not required.
 */
final class MarketImpactReader {
    static final String KEY = "market_impact";
    private static final List<String> KEYS = List.of("model", "latency", "max_rounds", "markets");
    private static final List<String> MARKET_KEYS = List.of("daily_volume", "coefficient", "lambda",
            "resilience_half_life", "daily_volatility");
    private static final List<String> MODELS = List.of("square-root", "linear", "none");
    static final int MAX_LATENCY = 100_000;
    static final int MAX_ROUNDS = 1_000;

    private MarketImpactReader() {
    }

    /** The section: empty when absent, null when bad (problems logged). */
    static Optional<MarketImpactSpec> read(YamlSection top, List<String> markets) {
        if (!top.has(KEY)) {
            return Optional.empty();
        }
        ProblemLog log = top.log();
        final int before = log.count();
        YamlSection section = top.section(KEY, false, "a mapping {model, latency, markets}");
        if (!section.isPresent()) {
            return null;
        }
        section.allowOnly(KEYS);
        ImpactModel model = model(section);
        Long latency = optionalWhole(section, "latency", 1, "a whole number of steps in [0, " + MAX_LATENCY + "]",
                MAX_LATENCY, 0);
        Long rounds = optionalWhole(section, "max_rounds", MarketImpact.DEFAULT_MAX_ROUNDS,
                "a whole number of rounds in [1, " + MAX_ROUNDS + "]", MAX_ROUNDS, 1);
        Map<String, ImpactMarketSpec> perMarket = model == null ? null : markets(section, model, markets);
        if (log.count() != before || model == null || latency == null || rounds == null || perMarket == null) {
            return null;
        }
        return Optional.of(new MarketImpactSpec(model, Math.toIntExact(latency), Math.toIntExact(rounds), perMarket));
    }

    private static ImpactModel model(YamlSection section) {
        String expected = "one of " + String.join(", ", MODELS);
        String name = section.text("model", expected);
        if (name == null) {
            return null;
        }
        for (ImpactModel model : ImpactModel.values()) {
            if (model.label().equals(name)) {
                return model;
            }
        }
        section.log().add(section.get("model"), section.field("model"),
                DidYouMean.unknown("impact model \"" + name + "\"", name, MODELS));
        return null;
    }

    private static Long optionalWhole(YamlSection section, String key, long otherwise, String expected, long max,
                                      long min) {
        return section.has(key) ? section.whole(key, expected, n -> n >= min && n <= max) : Long.valueOf(otherwise);
    }

    private static Map<String, ImpactMarketSpec> markets(YamlSection section, ImpactModel model,
                                                         List<String> names) {
        ProblemLog log = section.log();
        final int before = log.count();
        boolean required = model != ImpactModel.NONE;
        YamlSection markets = section.section("markets", required,
                "a mapping of market names to their impact parameters");
        if (required && markets.isPresent() && markets.entries().isEmpty()) {
            log.add(markets.node(), markets.path(), "expected at least one market, got none");
        }
        Map<String, ImpactMarketSpec> specs = new LinkedHashMap<>();
        for (Map.Entry<String, YamlNode> entry : markets.entries().entrySet()) {
            String name = entry.getKey();
            if (names != null && !names.contains(name)) {
                log.addAtKey(entry.getValue(), markets.field(name),
                        DidYouMean.unknown("market \"" + name + "\"", name, names));
                continue;
            }
            YamlSection market = YamlSection.of(log, markets.field(name), entry.getValue(),
                    "a mapping of impact parameters");
            if (!market.isPresent()) {
                continue;
            }
            market.allowOnly(MARKET_KEYS);
            ImpactMarketSpec spec = market(market, model);
            if (spec != null) {
                specs.put(name, spec);
            }
        }
        return log.count() == before ? specs : null;
    }

    private static ImpactMarketSpec market(YamlSection market, ImpactModel model) {
        OptionalDouble volume = OptionalDouble.empty();
        OptionalDouble coefficient = OptionalDouble.empty();
        OptionalDouble lambda = OptionalDouble.empty();
        if (model == ImpactModel.LINEAR) {
            notFor(market, model, "daily_volume", "coefficient");
            lambda = present(market.number("lambda", "a number >= 0 (log-price impact per unit of quote currency)",
                    x -> x >= 0 && x < Double.POSITIVE_INFINITY));
        } else {
            notFor(market, model, "lambda");
            volume = present(market.number("daily_volume", "a traded notional per day > 0 (quote currency)",
                    x -> x > 0 && x < Double.POSITIVE_INFINITY));
            coefficient = present(market.number("coefficient", "a number in [0, 10] (the square-root law's Y, "
                    + "about 0.5 to 1)", x -> x >= 0 && x <= 10));
        }
        OptionalDouble dailyVolatility = market.has("daily_volatility")
                ? present(market.number("daily_volatility", "a daily volatility in [0, 1]", x -> x >= 0 && x <= 1))
                : OptionalDouble.empty();
        Long halfLife = market.duration("resilience_half_life", 1);
        boolean ok = halfLife != null && dailyVolatility != null && (model == ImpactModel.LINEAR
                ? lambda != null : volume != null && coefficient != null);
        return ok ? new ImpactMarketSpec(volume, coefficient, lambda, halfLife, dailyVolatility) : null;
    }

    /** Logs each of {@code keys} that the section gives although {@code model} does not use it. */
    private static void notFor(YamlSection market, ImpactModel model, String... keys) {
        for (String key : keys) {
            if (market.has(key)) {
                market.log().addAtKey(market.get(key), market.field(key), key + " is not a parameter of impact model "
                        + model.label() + "; expected " + (model == ImpactModel.LINEAR ? "lambda"
                        : "daily_volume and coefficient") + " instead");
            }
        }
    }

    /** The value as an OptionalDouble, or null when it was bad (null in, null out). */
    private static OptionalDouble present(Double value) {
        return value == null ? null : OptionalDouble.of(value);
    }
}
