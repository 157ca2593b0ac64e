package org.crossmargin.simulation.scenario;

import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.crossmargin.core.book.RunMode;

/** Reads and validates one scenario YAML file (DESIGN §8), collecting every problem into a {@link ProblemLog}. */
final class ScenarioReader {
    static final List<String> KEYS = List.of("name", "description", "book", "venue", "horizon", "step", "paths",
            "seed", "modes", "markets", "correlations", "repair_correlation", "antithetic", "model", "shocks",
            MarketImpactReader.KEY);
    static final int MAX_PATHS = 10_000_000;
    private static final List<String> MODES = List.of("cross", "isolated", "booked");
    private static final List<String> MARKET_KEYS = List.of("price", "volatility", "drift");

    private ScenarioReader() {
    }

    /**
     * What a scenario file gave: the scenario when it is valid (else null), and the parts the cross-file checks
     * need even when other parts are bad.
     *
     * @param markets   market names read (possibly from a scenario with other problems)
     * @param book      the resolved book file when named and present, else null
     * @param venue     the resolved venue file when named and present, else null
     * @param pathsNode where {@code paths} stands, for the memory guard
     */
    record Draft(Scenario scenario, List<String> markets, Path book, Path venue, YamlNode pathsNode) {
    }

    /** The scenario in {@code file}, or null when the file cannot be read as a YAML mapping (problems logged). */
    static Draft read(Path file, ProblemLog log) {
        final int before = log.count();
        YamlNode root = YamlTree.read(file, log);
        if (root == null) {
            return null;
        }
        YamlSection top = YamlSection.root(log, root);
        top.allowOnly(KEYS);
        Path folder = file.getParent();
        String name = top.text("name", "a scenario name");
        String description = top.text("description", "a sentence saying what the scenario shows");
        Path book = existing(top, "book", folder, "a book CSV, relative to the scenario file");
        Path venue = existing(top, "venue", folder, "a venue YAML, relative to the scenario file");
        Long horizon = top.duration("horizon", 1);
        Long step = top.duration("step", 1);
        if (!wholeSteps(top, horizon, step)) {
            horizon = null;
        }
        Long paths = top.whole("paths", "a whole number of paths in [1, " + MAX_PATHS + "]",
                p -> p >= 1 && p <= MAX_PATHS);
        Long seed = top.whole("seed", "a whole number (the run's seed: required, so that every run can be "
                + "reproduced)", s -> true);
        List<RunMode> modes = modes(top);
        List<MarketSpec> markets = markets(top);
        List<String> names = marketNames(top);
        Boolean repair = top.flag("repair_correlation", false);
        Boolean antithetic = top.flag("antithetic", false);
        CorrelationMatrix correlations = names == null ? null
                : CorrelationReader.read(top, "correlations", names, Boolean.TRUE.equals(repair));
        ModelSpec model = new ModelReader(top, names, correlations, Boolean.TRUE.equals(repair), folder)
                .withStillMarkets(markets == null ? List.of() : markets.stream()
                        .filter(m -> m.annualVolatility() == 0).map(MarketSpec::name).toList())
                .read();
        List<Shock> shocks = ShockReader.read(top, names, horizon);
        Optional<MarketImpactSpec> impact = MarketImpactReader.read(top, names);
        Scenario scenario = null;
        if (log.count() == before) {
            try {
                scenario = new Scenario(name, description, file, book, venue, horizon, step, Math.toIntExact(paths),
                        seed, modes, markets, correlations, model, shocks, antithetic, impact);
            } catch (IllegalArgumentException | NullPointerException bad) {
                log.add(root, "(scenario)", String.valueOf(bad.getMessage()));
            }
        }
        return new Draft(scenario, names == null ? List.of() : names, book, venue, top.get("paths"));
    }

    /** {@code name} resolved against the scenario's folder (null: the working directory), normalised. */
    static Path resolve(Path folder, String name) {
        Path path = Path.of(name.strip());
        return (folder == null ? path : folder.resolve(path)).normalize();
    }

    private static Path existing(YamlSection top, String key, Path folder, String expected) {
        String name = top.text(key, expected);
        if (name == null) {
            return null;
        }
        try {
            Path file = resolve(folder, name);
            if (Files.isRegularFile(file)) {
                return file;
            }
            top.log().add(top.get(key), top.field(key), "file not found: " + file + "; expected " + expected);
        } catch (InvalidPathException bad) {
            top.log().add(top.get(key), top.field(key), "expected " + expected + ", got \"" + name + "\"");
        }
        return null;
    }

    /** Checks the horizon is a whole number of steps, at most 2^31 - 1 of them; false when it is not. */
    private static boolean wholeSteps(YamlSection top, Long horizon, Long step) {
        if (horizon == null || step == null) {
            return horizon != null;
        }
        if (step > horizon) {
            top.log().add(top.get("step"), top.field("step"), "a step of " + Durations.format(step) + " is longer "
                    + "than the horizon " + Durations.format(horizon) + "; expected a step of at most the horizon");
            return false;
        }
        if (horizon % step != 0) {
            top.log().add(top.get("horizon"), top.field("horizon"), "expected a whole number of steps of "
                    + Durations.format(step) + ", got " + Durations.format(horizon));
            return false;
        }
        if (horizon / step > Integer.MAX_VALUE) {
            top.log().add(top.get("horizon"), top.field("horizon"), "expected at most " + Integer.MAX_VALUE
                    + " steps, got " + horizon / step + " steps of " + Durations.format(step));
            return false;
        }
        return true;
    }

    private static List<RunMode> modes(YamlSection top) {
        if (!top.has("modes")) {
            return List.of(RunMode.CROSS, RunMode.ISOLATED);
        }
        String expected = "a list of margin modes, each one of " + String.join(", ", MODES) + ", at most once";
        List<YamlNode> items = top.list("modes", false, expected);
        ProblemLog log = top.log();
        final int before = log.count();
        if (top.get("modes").isList() && items.isEmpty()) {
            log.add(top.get("modes"), top.field("modes"), "expected at least one margin mode, got none");
        }
        List<RunMode> modes = new ArrayList<>();
        for (int k = 0; k < items.size(); k++) {
            String field = top.field("modes") + "[" + k + "]";
            String mode = top.text(items.get(k), field, "one of " + String.join(", ", MODES));
            if (mode == null) {
                continue;
            }
            if (!MODES.contains(mode)) {
                log.add(items.get(k), field, DidYouMean.unknown("margin mode \"" + mode + "\"", mode, MODES));
            } else if (modes.contains(RunMode.valueOf(mode.toUpperCase(Locale.ROOT)))) {
                log.add(items.get(k), field, "margin mode \"" + mode + "\" given twice; expected each mode once");
            } else {
                modes.add(RunMode.valueOf(mode.toUpperCase(Locale.ROOT)));
            }
        }
        return log.count() == before ? modes : null;
    }

    /**
     * The names of the markets section, valid or not in their values (so that correlations, model and shocks are
     * checked against them even when a price is bad); null when there is no such section, which silences those
     * checks rather than reporting every market as unknown.
     */
    private static List<String> marketNames(YamlSection top) {
        YamlNode markets = top.get("markets");
        if (markets == null || !markets.isMapping()) {
            return null;
        }
        return markets.fields().keySet().stream().filter(n -> !n.isBlank() && !n.contains("-")).toList();
    }

    /** The markets in file order, or null when the section is missing or any market is bad. */
    private static List<MarketSpec> markets(YamlSection top) {
        ProblemLog log = top.log();
        final int before = log.count();
        YamlSection markets = top.section("markets", true, "a mapping of market names to {price, volatility}");
        if (markets.isPresent() && markets.entries().isEmpty()) {
            log.add(markets.node(), markets.path(), "expected at least one market, got none");
        }
        List<MarketSpec> specs = new ArrayList<>();
        for (Map.Entry<String, YamlNode> entry : markets.entries().entrySet()) {
            String name = entry.getKey();
            if (name.isBlank() || name.contains("-")) {
                log.addAtKey(entry.getValue(), markets.field(name), "expected a market name without '-' (it "
                        + "separates the two markets of a correlation pair), got \"" + name + "\"");
                continue;
            }
            YamlSection market = YamlSection.of(log, markets.field(name), entry.getValue(),
                    "a mapping {price, volatility, drift}");
            market.allowOnly(MARKET_KEYS);
            Double price = market.number("price", "a price > 0 (quote currency)",
                    p -> p > 0 && p < Double.POSITIVE_INFINITY);
            Double volatility = market.number("volatility", "a number in [0, 10]", v -> v >= 0 && v <= 10);
            Double drift = market.number("drift", 0.0, "a finite number (annual drift)", Double::isFinite);
            if (price != null && volatility != null && drift != null) {
                specs.add(new MarketSpec(name, price, volatility, drift));
            }
        }
        return log.count() == before && markets.isPresent() ? specs : null;
    }
}
