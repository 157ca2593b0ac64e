package org.crossmargin.simulation.scenario;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.crossmargin.core.book.RunMode;

/**
 * A stress scenario as read from its YAML file (DESIGN §8), validated. Paths are resolved against the scenario
 * file's folder.
 *
 * @param name          scenario name
 * @param description   what the scenario shows and the source of its numbers
 * @param file          the scenario file itself
 * @param book          the book CSV
 * @param venue         the venue YAML
 * @param horizonSeconds length of a path, seconds, a whole number of steps
 * @param stepSeconds   length of one step, seconds, &gt; 0
 * @param paths         number of Monte Carlo paths, &gt; 0
 * @param seed          the run's seed; path {@code p}'s random stream depends on {@code (seed, p)} alone
 * @param modes         margin modes to run on the same paths, default {@code [cross, isolated]}
 * @param markets       markets in column order
 * @param correlations  correlation matrix over {@code markets}, positive semi-definite
 * @param model         the path model
 * @param shocks        deterministic shocks on top of the model
 * @param antithetic    pair path 2k+1 with the negated normals of path 2k
 * @param marketImpact  how liquidations move prices (DESIGN §10); empty: they do not
 */
public record Scenario(String name, String description, Path file, Path book, Path venue, long horizonSeconds,
                       long stepSeconds, int paths, long seed, List<RunMode> modes, List<MarketSpec> markets,
                       CorrelationMatrix correlations, ModelSpec model, List<Shock> shocks, boolean antithetic,
                       Optional<MarketImpactSpec> marketImpact) {
    public Scenario {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(book, "book");
        Objects.requireNonNull(venue, "venue");
        if (stepSeconds <= 0 || horizonSeconds < stepSeconds || horizonSeconds % stepSeconds != 0) {
            throw new IllegalArgumentException("horizon: expected a whole number of steps of " + stepSeconds
                    + "s, got " + horizonSeconds + "s");
        }
        if (paths <= 0) {
            throw new IllegalArgumentException("paths: expected a number > 0, got " + paths);
        }
        modes = List.copyOf(modes);
        markets = List.copyOf(markets);
        Objects.requireNonNull(correlations, "correlations");
        if (correlations.size() != markets.size()) {
            throw new IllegalArgumentException("correlations: expected " + markets.size() + " markets, got "
                    + correlations.size());
        }
        Objects.requireNonNull(model, "model");
        shocks = List.copyOf(shocks);
        Objects.requireNonNull(marketImpact, "marketImpact");
        if (marketImpact.isPresent()) {
            for (String market : marketImpact.get().markets().keySet()) {
                if (markets.stream().noneMatch(m -> m.name().equals(market))) {
                    throw new IllegalArgumentException("market_impact.markets." + market
                            + ": not a market of the scenario");
                }
            }
        }
    }

    /** A scenario without market impact. */
    public Scenario(String name, String description, Path file, Path book, Path venue, long horizonSeconds,
                    long stepSeconds, int paths, long seed, List<RunMode> modes, List<MarketSpec> markets,
                    CorrelationMatrix correlations, ModelSpec model, List<Shock> shocks, boolean antithetic) {
        this(name, description, file, book, venue, horizonSeconds, stepSeconds, paths, seed, modes, markets,
                correlations, model, shocks, antithetic, Optional.empty());
    }

    /** True when liquidations move prices: a {@code market_impact} section whose model is not {@code none}. */
    public boolean impactOn() {
        return marketImpact.isPresent() && marketImpact.get().isOn();
    }

    /** Number of steps of a path: {@code horizon / step}. */
    public int steps() {
        return Math.toIntExact(horizonSeconds / stepSeconds);
    }

    /** Length of a step in years of 365 days (crypto trades every day). */
    public double stepYears() {
        return stepSeconds / (365.0 * 86_400.0);
    }

    /** Column of {@code market} in price rows, or -1. */
    public int column(String market) {
        for (int m = 0; m < markets.size(); m++) {
            if (markets.get(m).name().equals(market)) {
                return m;
            }
        }
        return -1;
    }

    /** A copy with another path count and seed (the CLI's {@code --paths} and {@code --seed}). */
    public Scenario withPathsAndSeed(int newPaths, long newSeed) {
        return new Scenario(name, description, file, book, venue, horizonSeconds, stepSeconds, newPaths, newSeed,
                modes, markets, correlations, model, shocks, antithetic, marketImpact);
    }
}
