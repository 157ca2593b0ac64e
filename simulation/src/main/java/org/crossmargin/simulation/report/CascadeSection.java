package org.crossmargin.simulation.report;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The report's market-impact section, from summary.json's {@code market_impact} (the model's parameters) and
 * {@code cascade} (the amplification measured against the same paths with impact off): what the cascade itself
 * added, per mode, and the largest impact-driven price move per market.
 */
final class CascadeSection {
    private CascadeSection() {
    }

    /** Page entries for the template: parameters, per-market table, amplification rows, largest-move rows. */
    static Map<String, Object> of(Summary summary) {
        Map<String, Object> section = new LinkedHashMap<>();
        JsonNode impact = summary.node("market_impact");
        List<Map<String, Object>> parameters = new ArrayList<>();
        impact.properties().forEach(entry -> {
            if (entry.getValue().isValueNode()) {
                parameters.add(Map.of("key", entry.getKey().replace('_', ' '), "value", entry.getValue().asText()));
            }
        });
        section.put("parameters", parameters);
        section.put("marketColumns", marketColumns(impact.path("markets")));
        section.put("markets", marketRows(impact.path("markets")));
        section.put("modes", summary.modes());
        section.put("amplification", amplification(summary));
        section.put("moves", moves(summary));
        return section;
    }

    private static List<String> marketColumns(JsonNode markets) {
        List<String> columns = new ArrayList<>();
        markets.properties().stream().findFirst().ifPresent(first -> first.getValue().properties()
                .forEach(field -> columns.add(field.getKey().replace('_', ' '))));
        return columns;
    }

    private static List<Map<String, Object>> marketRows(JsonNode markets) {
        List<Map<String, Object>> rows = new ArrayList<>();
        markets.properties().forEach(market -> {
            List<String> cells = new ArrayList<>();
            market.getValue().properties().forEach(field -> cells.add(number(field.getValue())));
            rows.add(Map.of("market", market.getKey(), "cells", cells));
        });
        return rows;
    }

    /** Extra liquidated accounts, shortfall and liquidated notional per mode: mean ± standard error, VaR 99. */
    private static List<Map<String, Object>> amplification(Summary summary) {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (String mode : summary.modes()) {
            String key = "cascade.modes." + mode + ".";
            rows.add(Map.of("mode", mode,
                    "accounts", Formats.decimal(summary.number(key + "extra_liquidated_accounts.mean"), 2) + " ± "
                            + Formats.decimal(summary.number(key + "extra_liquidated_accounts.std_error"), 2),
                    "accountsVar", Formats.decimal(summary.number(key + "extra_liquidated_accounts.var_99"), 0),
                    "shortfall", Formats.money(summary.number(key + "extra_shortfall.mean")) + " ± "
                            + Formats.money(summary.number(key + "extra_shortfall.std_error")),
                    "shortfallVar", Formats.money(summary.number(key + "extra_shortfall.var_99")),
                    "notional", Formats.money(summary.number(key + "extra_liquidated_notional.mean")) + " ± "
                            + Formats.money(summary.number(key + "extra_liquidated_notional.std_error")),
                    "notionalVar", Formats.money(summary.number(key + "extra_liquidated_notional.var_99")),
                    "capped", Formats.decimal(summary.number(key + "max_rounds_reached_paths"), 0)));
        }
        return rows;
    }

    /** Per market, per mode: the mean and 99th percentile over paths of the largest impact-driven move. */
    private static List<Map<String, Object>> moves(Summary summary) {
        List<Map<String, Object>> rows = new ArrayList<>();
        List<String> modes = summary.modes();
        if (modes.isEmpty()) {
            return rows;
        }
        summary.node("cascade.modes." + modes.get(0) + ".max_impact").properties().forEach(market -> {
            List<String> cells = new ArrayList<>();
            for (String mode : modes) {
                String key = "cascade.modes." + mode + ".max_impact." + market.getKey() + ".";
                cells.add(Formats.probability(summary.number(key + "mean")) + " (p99 "
                        + Formats.probability(summary.number(key + "p99")) + ")");
            }
            rows.add(Map.of("market", market.getKey(), "cells", cells));
        });
        return rows;
    }

    private static String number(JsonNode value) {
        if (!value.isNumber()) {
            return value.asText();
        }
        double x = value.doubleValue();
        return Math.abs(x) >= 1000 || x == Math.rint(x) ? Formats.decimal(x, 0) : Formats.decimal(x, 4);
    }
}
