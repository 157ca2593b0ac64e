package org.crossmargin.simulation.tools;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.crossmargin.core.market.Tier;
import org.crossmargin.core.market.TierTable;

/**
 * The part of a venue profile the book generator needs: the tier table of every market and the collateral
 * haircuts (fractions: 0.05 is 5%). Read from a venue YAML (DESIGN §8); the full, validating venue loader lives in
 * the input package, this reader only takes what it needs and trusts files the project ships.
 *
 * @param name     venue profile name
 * @param tiers    tier table per market name
 * @param haircuts collateral haircut per asset name
 */
public record VenueRates(String name, Map<String, TierTable> tiers, Map<String, Double> haircuts) {
    public VenueRates {
        tiers = Collections.unmodifiableMap(new TreeMap<>(tiers));
        haircuts = Collections.unmodifiableMap(new TreeMap<>(haircuts));
    }

    /** Reads {@code name}, {@code markets.*.tiers} and {@code collateral.*.haircut} of a venue YAML file. */
    public static VenueRates read(Path file) throws IOException {
        JsonNode root = new ObjectMapper(new YAMLFactory()).readTree(file.toFile());
        Map<String, TierTable> tiers = new TreeMap<>();
        for (Map.Entry<String, JsonNode> market : root.path("markets").properties()) {
            List<Tier> list = new ArrayList<>();
            for (JsonNode tier : market.getValue().path("tiers")) {
                list.add(new Tier(tier.path("max_notional").asDouble(Double.NaN),
                        tier.path("initial_rate").asDouble(Double.NaN),
                        tier.path("maintenance_rate").asDouble(Double.NaN)));
            }
            tiers.put(market.getKey(), new TierTable(list));
        }
        Map<String, Double> haircuts = new TreeMap<>();
        for (Map.Entry<String, JsonNode> asset : root.path("collateral").properties()) {
            haircuts.put(asset.getKey(), asset.getValue().path("haircut").asDouble(Double.NaN));
        }
        return new VenueRates(root.path("name").asText(file.getFileName().toString()), tiers, haircuts);
    }

    /** The tier table of {@code market}; a market the venue does not list is a bug in the caller's profile. */
    public TierTable tierTable(String market) {
        TierTable table = tiers.get(market);
        if (table == null) {
            throw new IllegalArgumentException("venue " + name + " has no tiers for market " + market);
        }
        return table;
    }

    /** The haircut of collateral {@code asset}; an asset the venue does not accept is a bug in the caller's profile. */
    public double haircut(String asset) {
        Double haircut = haircuts.get(asset);
        if (haircut == null) {
            throw new IllegalArgumentException("venue " + name + " does not accept collateral " + asset);
        }
        return haircut;
    }
}
