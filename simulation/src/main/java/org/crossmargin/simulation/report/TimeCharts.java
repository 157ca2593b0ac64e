package org.crossmargin.simulation.report;

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
 * the scenario's shocks marked. Every series of a chart is on the same sampled steps (a category axis).
 */
final class TimeCharts {
    private final OutputFolder folder;
    private final List<String> modes;

    TimeCharts(OutputFolder folder) {
        this.folder = folder;
        this.modes = folder.summary().modes();
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
        option.set("xAxis", EchartsOptions.hoursCategoryAxis(column(modes.get(0), TimeseriesRow::hours)));
        option.set("yAxis", EchartsOptions.yAxis(axis, false));
        ArrayNode series = option.putArray("series");
        List<String> legend = new ArrayList<>();
        for (int m = 0; m < modes.size(); m++) {
            String mode = modes.get(m);
            String colour = EchartsOptions.colour(m);
            series.addAll(EchartsOptions.band(mode + " 5\u201395%", id + "-" + mode, column(mode, low),
                    column(mode, high), colour));
            series.add(EchartsOptions.line(mode + " median", EchartsOptions.values(column(mode, median)), colour));
            legend.add(mode + " median");
            legend.add(mode + " 5\u201395%");
        }
        EchartsOptions.legend(option, legend);
        return new ChartSpec(id, title, caption, option);
    }

    /** Mean cumulative liquidated accounts over time per mode: how liquidations pile up (the cascade). */
    ChartSpec cascade(boolean impact) {
        ObjectNode option = EchartsOptions.base();
        option.set("xAxis", EchartsOptions.hoursCategoryAxis(column(modes.get(0), TimeseriesRow::hours)));
        option.set("yAxis", EchartsOptions.yAxis("liquidated accounts (mean)", false).put("scale", false));
        ArrayNode series = option.putArray("series");
        for (int m = 0; m < modes.size(); m++) {
            ArrayNode data = EchartsOptions.values(column(modes.get(m), TimeseriesRow::liquidatedAccountsMean));
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
            List<PriceFanRow> rows = folder.priceFan().stream().filter(row -> row.market().equals(market)).toList();
            double[] hours = rows.stream().mapToDouble(PriceFanRow::hours).toArray();
            ObjectNode option = EchartsOptions.base();
            option.set("xAxis", EchartsOptions.hoursCategoryAxis(hours));
            option.set("yAxis", EchartsOptions.yAxis(market + " price", false));
            String colour = "#444444";
            ArrayNode series = option.putArray("series");
            series.addAll(EchartsOptions.band("1\u201399%", "price-" + market,
                    rows.stream().mapToDouble(PriceFanRow::p01).toArray(),
                    rows.stream().mapToDouble(PriceFanRow::p99).toArray(), colour));
            ObjectNode median = EchartsOptions.line("median",
                    EchartsOptions.values(rows.stream().mapToDouble(PriceFanRow::p50).toArray()), colour);
            median.set("markArea", shockAreas(market, hours));
            series.add(median);
            EchartsOptions.legend(option, List.of("median", "1\u201399%"));
            charts.add(new ChartSpec("chart-price-" + index++, market + " price",
                    "Exogenous " + market + " price (before any market impact): median and 1\u201399% band over "
                            + "the path reservoir; shaded: the scenario's shocks.", option));
        }
        return charts;
    }

    /** Shock windows as areas between the sampled steps that enclose them (category indices). */
    private ObjectNode shockAreas(String market, double[] hours) {
        ObjectNode markArea = EchartsOptions.JSON.objectNode();
        markArea.put("silent", true);
        markArea.putObject("itemStyle").put("color", "rgba(213,94,0,0.15)");
        ArrayNode data = markArea.putArray("data");
        for (ShockRow shock : folder.shocks()) {
            if (shock.market().equals(market) && hours.length > 0) {
                int start = 0;
                while (start + 1 < hours.length && hours[start + 1] <= shock.startHours()) {
                    start++;
                }
                int end = start;
                while (end + 1 < hours.length && hours[end] < shock.endHours()) {
                    end++;
                }
                ArrayNode pair = data.addArray();
                String label = (shock.move() > 0 ? "+" : "") + Formats.decimal(100 * shock.move(), 0) + "%";
                ObjectNode from = pair.addObject().put("xAxis", start).put("name", label);
                from.putObject("label").put("position", "insideTop");
                pair.addObject().put("xAxis", Math.max(end, start + 1));
            }
        }
        return markArea;
    }

    /** One mode's values of a timeseries.csv column, in step order. */
    private double[] column(String mode, ToDoubleFunction<TimeseriesRow> value) {
        return folder.timeseries().stream().filter(row -> row.mode().equals(mode)).mapToDouble(value).toArray();
    }
}
