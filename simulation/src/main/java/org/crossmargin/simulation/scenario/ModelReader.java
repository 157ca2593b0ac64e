package org.crossmargin.simulation.scenario;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Reads a scenario's {@code model:} section into a {@link ModelSpec}, checking the keys of each model type. */
final class ModelReader {
    static final List<String> TYPES = List.of("gbm", "student-t", "merton", "regime-switching", "bootstrap", "replay");
    private static final String EXPECTED = "a mapping with type: one of " + String.join(", ", TYPES);

    private final YamlSection scenario;
    private final List<String> markets;
    /** Markets of volatility 0: they move only by shocks (DESIGN §4), so a jump given for one is an error. */
    private List<String> stillMarkets = List.of();
    private final CorrelationMatrix correlations;
    private final boolean repair;
    private final Path folder;

    /**
     * @param markets      the scenario's market names, or null when unknown (market names are then not checked)
     * @param correlations the scenario's matrix (regimes without their own use it), or null when it was bad
     * @param folder       the scenario file's folder, or null for the working directory
     */
    ModelReader(YamlSection scenario, List<String> markets, CorrelationMatrix correlations, boolean repair,
                Path folder) {
        this.scenario = scenario;
        this.markets = markets;
        this.correlations = correlations;
        this.repair = repair;
        this.folder = folder;
    }

    /** The model, or null when the section is missing or bad (problems logged). */
    ModelSpec read() {
        YamlSection model = scenario.section("model", true, EXPECTED);
        if (!model.isPresent()) {
            return null;
        }
        String type = model.text("type", "one of " + String.join(", ", TYPES));
        if (type == null) {
            return null;
        }
        if (!TYPES.contains(type)) {
            model.log().add(model.get("type"), model.field("type"),
                    DidYouMean.unknown("model type \"" + type + "\"", type, TYPES));
            return null;
        }
        final int before = model.log().count();
        ModelSpec spec = switch (type) {
            case "gbm" -> only(model, List.of("type"), new GbmSpec());
            case "student-t" -> studentT(model);
            case "merton" -> merton(model);
            case "regime-switching" -> new RegimeReader(model, markets, correlations, repair).read();
            case "bootstrap" -> bootstrap(model);
            default -> replay(model);
        };
        return model.log().count() == before ? spec : null;
    }

    private static <T> T only(YamlSection model, List<String> keys, T spec) {
        model.allowOnly(keys);
        return spec;
    }

    private static ModelSpec studentT(YamlSection model) {
        model.allowOnly(List.of("type", "degrees_of_freedom"));
        Double nu = model.number("degrees_of_freedom", "a number in (2, 1000000] (the variance must exist)",
                v -> v > 2 && v <= 1e6);
        return nu == null ? null : new StudentTSpec(nu);
    }

    /** Tells the reader which markets have volatility 0. */
    ModelReader withStillMarkets(List<String> names) {
        this.stillMarkets = List.copyOf(names);
        return this;
    }

    private ModelSpec merton(YamlSection model) {
        model.allowOnly(List.of("type", "jump_intensity", "jump_mean", "jump_stdev", "common_jumps", "jumps"));
        Double intensity = model.number("jump_intensity", "a number of jumps per year >= 0",
                v -> v >= 0 && v < Double.POSITIVE_INFINITY);
        Double mean = model.number("jump_mean", "a finite number (mean log jump)", Double::isFinite);
        Double stdev = model.number("jump_stdev", "a number >= 0 (standard deviation of the log jump)",
                v -> v >= 0 && v < Double.POSITIVE_INFINITY);
        Boolean common = model.flag("common_jumps", false);
        YamlSection jumps = model.section("jumps", false, "a mapping of markets to {mean, stdev}");
        Map<String, JumpSize> perMarket = new LinkedHashMap<>();
        for (Map.Entry<String, YamlNode> entry : jumps.entries().entrySet()) {
            String market = entry.getKey();
            if (markets != null && !markets.contains(market)) {
                model.log().addAtKey(entry.getValue(), jumps.field(market),
                        DidYouMean.unknown("market \"" + market + "\"", market, markets));
                continue;
            }
            if (stillMarkets.contains(market)) {
                model.log().addAtKey(entry.getValue(), jumps.field(market), "market \"" + market + "\" has "
                        + "volatility 0 and moves only by shocks, so it never jumps; expected a market with volatility "
                        + "> 0 (model a depeg with a shock)");
                continue;
            }
            YamlSection jump = YamlSection.of(model.log(), jumps.field(market), entry.getValue(),
                    "a mapping {mean, stdev}");
            jump.allowOnly(List.of("mean", "stdev"));
            Double marketMean = jump.number("mean", mean == null ? 0 : mean, "a finite number", Double::isFinite);
            Double marketStdev = jump.number("stdev", stdev == null ? 0 : stdev, "a number >= 0",
                    v -> v >= 0 && v < Double.POSITIVE_INFINITY);
            if (jump.isPresent() && marketMean != null && marketStdev != null) {
                perMarket.put(market, new JumpSize(marketMean, marketStdev));
            }
        }
        if (intensity == null || mean == null || stdev == null || common == null) {
            return null;
        }
        return new MertonSpec(intensity, new JumpSize(mean, stdev), common, perMarket);
    }

    private ModelSpec bootstrap(YamlSection model) {
        model.allowOnly(List.of("type", "file", "mean_block_length"));
        Path file = existingFile(model);
        Long block = model.duration("mean_block_length", 1);
        return file == null || block == null ? null : new BootstrapSpec(file, block);
    }

    private ModelSpec replay(YamlSection model) {
        model.allowOnly(List.of("type", "file", "start"));
        Path file = existingFile(model);
        Optional<Instant> start = Optional.empty();
        YamlNode startNode = model.get("start");
        if (startNode != null) {
            String expected = "an ISO-8601 instant such as 2025-01-08T00:00:00Z";
            String text = model.text(startNode, model.field("start"), expected);
            if (text == null) {
                return null;
            }
            try {
                start = Optional.of(Instant.parse(text.strip()));
            } catch (DateTimeParseException bad) {
                model.log().add(startNode, model.field("start"), "expected " + expected + ", got \"" + text + "\"");
                return null;
            }
        }
        return file == null ? null : new ReplaySpec(file, start);
    }

    /** The model's {@code file}, resolved against the scenario's folder, or null when absent or not there. */
    private Path existingFile(YamlSection model) {
        String name = model.text("file", "a CSV file of prices, relative to the scenario file");
        if (name == null) {
            return null;
        }
        Path file = ScenarioReader.resolve(folder, name);
        if (!Files.isRegularFile(file)) {
            model.log().add(model.get("file"), model.field("file"), "file not found: " + file
                    + "; expected a CSV file of prices, relative to the scenario file");
            return null;
        }
        return file;
    }
}
