package org.crossmargin.core.market;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The markets of a run in column order: column {@code m} of a price row is market {@code names().get(m)}.
 * Collateral assets are markets too (a stablecoin is a market of volatility 0).
 */
public record MarketIndex(List<String> names) {
    public MarketIndex {
        names = List.copyOf(names);
        if (names.isEmpty()) {
            throw new IllegalArgumentException("markets: expected at least one market, got none");
        }
        if (names.stream().distinct().count() != names.size()) {
            throw new IllegalArgumentException("markets: expected distinct names, got " + names);
        }
    }

    /** An index over {@code names}, in that order. */
    public static MarketIndex of(String... names) {
        return new MarketIndex(List.of(names));
    }

    /** Number of markets (columns of a price row). */
    public int size() {
        return names.size();
    }

    /** Column of {@code market}, or -1 when the run has no such market. */
    public int column(String market) {
        return names.indexOf(market);
    }

    /** A name to column map, for loaders. */
    public Map<String, Integer> columns() {
        Map<String, Integer> columns = new HashMap<>();
        for (int m = 0; m < names.size(); m++) {
            columns.put(names.get(m), m);
        }
        return columns;
    }
}
