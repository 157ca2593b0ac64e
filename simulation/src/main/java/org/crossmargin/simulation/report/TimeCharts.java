package org.crossmargin.simulation.report;

import static org.crossmargin.simulation.report.EchartsOptions.JSON;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.ToDoubleFunction;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The charts over time, from the run's path reservoir: fans (median and band) of the book's margin utilisation and
 * of the insurance fund, the cumulative liquidations (the cascade), and the exogenous price fan per market with
 * the scenario's shocks marked.
 */
final class TimeCharts {
    private final OutputFolder folder;
    private final List<String> modes;
    private final double horizonHours;

    TimeCharts(OutputFolder folder) {
        this.folder = folder;
        this.modes = folder.summary().modes();
        double horizon = folder.summary().number("steps") * folder.summary().number("step_seconds") / 3600.0;
        double lastSample = folder.timeseries().stream().mapToDouble(TimeseriesRow::hours).max().orElse(1.0);
        this.horizonHours = horizon > 0 ? horizon : lastSample;
    }

    /** Total maintenance margin / total equity of the book: median and 5–95% band per mode, in percent. */
    ChartSpec utilisation() {
        return fan("chart-utilisation", "Margin utilisation of the book",
                "Total maintenance margin / total equity of live accounts, in %: median and 5\u201395% band over "
                        + "the path reservoir. At 100% the book as a whole would be at its liquidation line.",
                "utilisation %", row -> 100 * row.utilisationP05(), row -> 100 * row.utilisationP50(),
                row -> 100 * row.utilisationP95());
    }

    /** The insurance fund: median and 5–95% band per mode. */
    ChartSpec insuranceFund() {
        return fan("chart-fund", "Insurance fund",
                "Fund balance (quote currency): median and 5\u201395% band over the path reservoir.",
                "fund (quote currency)", TimeseriesRow::fundP05, TimeseriesRow::fundP50, TimeseriesRow::fundP95);
    }

    private ChartSpec fan(String id, String title, String caption, String axis, ToDoubleFunction<TimeseriesRow> low,
                          ToDoubleFunction<TimeseriesRow> median, ToDoubleFunction<TimeseriesRow> high) {
        ObjectNode option = EchartsOptions.base();
        option.set("xAxis", EchartsOptions.hoursAxis(horizonHours));
        option.set("yAxis", EchartsOptions.valueAxis(axis, false));
        ArrayNode series = option.putArray("series");
        List<String> legend = new ArrayList<>();
        for (int m = 0; m < modes.size(); m++) {
            String mode = modes.get(m);
            ArrayNode lows = JSON.arrayNode();
            ArrayNode medians = JSON.arrayNode();
            ArrayNode highs = JSON.arrayNode();
            for (TimeseriesRow row : folder.timeseries()) {
                if (row.mode().equals(mode)) {
                    EchartsOptions.point(lows, row.hours(), low.applyAsDouble(row));
                    EchartsOptions.point(medians, row.hours(), median.applyAsDouble(row));
                    EchartsOptions.point(highs, row.hours(), high.applyAsDouble(row));
                }
            }
            String colour = EchartsOptions.colour(m);
            series.addAll(EchartsOptions.band(mode + " 5\u201395%", id + "-" + mode, lows, highs, colour));
            series.add(EchartsOptions.line(mode + " median", medians, colour));
            legend.add(mode + " median");
            legend.add(mode + " 5\u201395%");
        }
        EchartsOptions.legend(option, legend);
        return new ChartSpec(id, title, caption, option);
    }

    /** Mean cumulative liquidated accounts over time per mode: how liquidations pile up (the cascade). */
    ChartSpec cascade(boolean impact) {
        ObjectNode option = EchartsOptions.base();
        option.set("xAxis", EchartsOptions.hoursAxis(horizonHours));
        option.set("yAxis", EchartsOptions.valueAxis("liquidated accounts (mean)", false).put("scale", false));
        ArrayNode series = option.putArray("series");
        for (int m = 0; m < modes.size(); m++) {
            ArrayNode data = JSON.arrayNode();
            for (TimeseriesRow row : folder.timeseries()) {
                if (row.mode().equals(modes.get(m))) {
                    EchartsOptions.point(data, row.hours(), row.liquidatedAccountsMean());
                }
            }
            series.add(EchartsOptions.line(modes.get(m), data, EchartsOptions.colour(m)));
        }
        EchartsOptions.legend(option, modes);
        String caption = impact
                ? "Mean cumulative liquidated accounts with market impact on: each liquidation's flow moves the "
                        + "price the next accounts see, so steep steps are cascades."
                : "Mean cumulative liquidated accounts over the path reservoir (market impact off: no feedback "
                        + "from liquidations to prices).";
        return new ChartSpec("chart-cascade", impact ? "Liquidation cascade" : "Liquidations over time", caption,
                option);
    }

    /** Per market: the exogenous price's median and 1–99% band, the shocks' fall windows shaded. */
    List<ChartSpec> priceFans() {
        Set<String> markets = new LinkedHashSet<>();
        folder.priceFan().forEach(row -> markets.add(row.market()));
        List<ChartSpec> charts = new ArrayList<>();
        int index = 0;
        for (String market : markets) {
            ObjectNode option = EchartsOptions.base();
            option.set("xAxis", EchartsOptions.hoursAxis(horizonHours));
            option.set("yAxis", EchartsOptions.valueAxis(market + " price", false));
            ArrayNode lows = JSON.arrayNode();
            ArrayNode medians = JSON.arrayNode();
            ArrayNode highs = JSON.arrayNode();
            for (PriceFanRow row : folder.priceFan()) {
                if (row.market().equals(market)) {
                    EchartsOptions.point(lows, row.hours(), row.p01());
                    EchartsOptions.point(medians, row.hours(), row.p50());
                    EchartsOptions.point(highs, row.hours(), row.p99());
                }
            }
            String colour = "#444444";
            ArrayNode series = option.putArray("series");
            series.addAll(EchartsOptions.band("1\u201399%", "price-" + market, lows, highs, colour));
            ObjectNode median = EchartsOptions.line("median", medians, colour);
            median.set("markArea", shockAreas(market));
            series.add(median);
            EchartsOptions.legend(option, List.of("median", "1\u201399%"));
            charts.add(new ChartSpec("chart-price-" + index++, market + " price",
                    "Exogenous " + market + " price (before any market impact): median and 1\u201399% band over "
                            + "the path reservoir; shaded: the scenario's shocks.", option));
        }
        return charts;
    }

    private ObjectNode shockAreas(String market) {
        ObjectNode markArea = JSON.objectNode();
        markArea.put("silent", true);
        markArea.putObject("itemStyle").put("color", "rgba(213,94,0,0.15)");
        ArrayNode data = markArea.putArray("data");
        for (ShockRow shock : folder.shocks()) {
            if (shock.market().equals(market)) {
                ArrayNode pair = data.addArray();
                String label = (shock.move() > 0 ? "+" : "") + Formats.decimal(100 * shock.move(), 0) + "%";
                ObjectNode start = pair.addObject().put("xAxis", shock.startHours()).put("name", label);
                start.putObject("label").put("position", "insideTop");
                pair.addObject().put("xAxis", Math.max(shock.endHours(), shock.startHours()));
            }
        }
        return markArea;
    }
}
