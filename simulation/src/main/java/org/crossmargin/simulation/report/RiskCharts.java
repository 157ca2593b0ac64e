package org.crossmargin.simulation.report;

import static org.crossmargin.simulation.report.EchartsOptions.JSON;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The charts of who gets hurt and how badly: liquidation probability by leverage bucket, the shortfall distribution
 * (complementary CDF on a log scale with VaR/ES marked) and the time to first liquidation.
 */
final class RiskCharts {
    /** At most this many points per mode on the CCDF: all of the tail, a thinned body (the page stays small). */
    static final int CCDF_TAIL_POINTS = 300;
    static final int CCDF_BODY_POINTS = 200;
    /** Bins of the time-to-first-liquidation histogram over the horizon. */
    static final int TIME_BINS = 24;

    private final OutputFolder folder;
    private final List<String> modes;

    RiskCharts(OutputFolder folder) {
        this.folder = folder;
        this.modes = folder.summary().modes();
    }

    /** Mean account liquidation probability per leverage bucket, one bar per mode; counts in the labels. */
    ChartSpec leverage() {
        ObjectNode option = EchartsOptions.base();
        List<List<double[]>> perMode = new ArrayList<>();
        for (String mode : modes) {
            perMode.add(LeverageBucket.summarise(folder.accountsOf(mode)));
        }
        ArrayNode categories = JSON.arrayNode();
        for (int b = 0; b < LeverageBucket.ALL.size(); b++) {
            int count = (int) perMode.get(0).get(b)[0];
            categories.add(LeverageBucket.ALL.get(b).label() + "\n(" + count + " accounts)");
        }
        ObjectNode x = option.putObject("xAxis").put("type", "category");
        x.set("data", categories);
        // every bucket labelled (ECharts would skip some), two lines each
        x.putObject("axisLabel").put("interval", 0).put("lineHeight", 14).put("fontSize", 11);
        ((ObjectNode) option.get("grid")).put("bottom", 48);
        ObjectNode y = EchartsOptions.yAxis("P(liquidation) %", false);
        y.put("scale", false).put("min", 0).put("max", 100);
        option.set("yAxis", y);
        ArrayNode series = option.putArray("series");
        for (int m = 0; m < modes.size(); m++) {
            ArrayNode data = JSON.arrayNode();
            for (double[] bucket : perMode.get(m)) {
                if (Double.isNaN(bucket[1])) {
                    data.addNull();
                } else {
                    data.add(100 * bucket[1]);
                }
            }
            ObjectNode bar = series.addObject().put("type", "bar").put("name", modes.get(m));
            bar.putObject("itemStyle").put("color", EchartsOptions.colour(m));
            bar.set("data", data);
        }
        return new ChartSpec("chart-leverage", "Liquidation probability by leverage",
                "Mean of the accounts' liquidation probabilities in each leverage bucket (notional / start value).",
                option);
    }

    /** P(shortfall > x) per mode on a log scale, VaR and ES at 99% and 99.9% as vertical lines. */
    ChartSpec shortfallCcdf() {
        ObjectNode option = EchartsOptions.base();
        option.set("xAxis", EchartsOptions.valueAxis("shortfall per path (quote currency)", false));
        int paths = (int) folder.summary().number("paths");
        ObjectNode y = EchartsOptions.yAxis("P(shortfall > x)", true);
        y.put("min", Math.pow(10, Math.floor(Math.log10(1.0 / paths)))).put("max", 1);
        option.set("yAxis", y);
        ArrayNode series = option.putArray("series");
        boolean anyLoss = false;
        for (int m = 0; m < modes.size(); m++) {
            String mode = modes.get(m);
            double[] sorted = folder.pathValues(mode, PathRow::shortfall);
            Arrays.sort(sorted);
            ArrayNode data = ccdf(sorted);
            anyLoss |= data.size() > 0;
            ObjectNode line = EchartsOptions.line(mode, data, EchartsOptions.colour(m));
            line.put("step", "end");
            line.set("markLine", tailMarks(mode, EchartsOptions.colour(m)));
            series.add(line);
        }
        EchartsOptions.legend(option, modes);
        if (!anyLoss) {
            option.putObject("title").put("text", "No path left bad debt").put("left", "center").put("top", "middle");
        }
        return new ChartSpec("chart-shortfall", "Shortfall distribution",
                "Share of paths whose bad debt exceeds x (log scale). Vertical lines per mode: dashed VaR, dotted ES, "
                        + "at 99% and (further right) 99.9%.",
                option);
    }

    /** Points {@code [x, P(X > x)]} at the positive sorted values: the whole tail, a thinned body. */
    static ArrayNode ccdf(double[] sorted) {
        int n = sorted.length;
        ArrayNode data = JSON.arrayNode();
        int firstPositive = 0;
        while (firstPositive < n && sorted[firstPositive] <= 0) {
            firstPositive++;
        }
        int tailStart = Math.max(firstPositive, n - CCDF_TAIL_POINTS);
        int stride = Math.max(1, (tailStart - firstPositive) / CCDF_BODY_POINTS);
        int i = firstPositive;
        while (i < n) {
            int last = i;
            while (last + 1 < n && sorted[last + 1] == sorted[i]) {
                last++; // ties: one point, P(X > x) counts only the values above all of them
            }
            int above = n - last - 1;
            if (above > 0) {
                EchartsOptions.point(data, sorted[i], (double) above / n);
            }
            i = last + 1 < tailStart ? Math.min(Math.max(last + 1, i + stride), tailStart) : last + 1;
        }
        return data;
    }

    private ObjectNode tailMarks(String mode, String colour) {
        ObjectNode markLine = JSON.objectNode();
        markLine.put("symbol", "none").put("silent", true);
        ArrayNode data = markLine.putArray("data");
        Summary summary = folder.summary();
        String[][] marks = {{"var_99", "VaR 99", "dashed"}, {"es_99", "ES 99", "dotted"},
                {"var_999", "VaR 99.9", "dashed"}, {"es_999", "ES 99.9", "dotted"}};
        for (String[] mark : marks) {
            double x = summary.number("modes." + mode + ".shortfall." + mark[0]);
            if (x > 0) {
                ObjectNode line = data.addObject().put("xAxis", x).put("name", mode + " " + mark[1]);
                line.putObject("lineStyle").put("color", colour).put("type", mark[2]);
                // unlabelled: four lines per mode would crowd; the tooltip and the caption name them
                line.putObject("label").put("show", false);
            }
        }
        return markLine;
    }

    /** Histogram of the hours to the first liquidation, as a share of all paths, per mode. */
    ChartSpec timeToFirstLiquidation() {
        ObjectNode option = EchartsOptions.base();
        Summary summary = folder.summary();
        double horizon = summary.number("steps") * summary.number("step_seconds") / 3600.0;
        if (!(horizon > 0)) {
            horizon = folder.paths().stream().mapToDouble(row -> row.firstLiquidationHours().orElse(0)).max()
                    .orElse(1.0);
        }
        double width = horizon / TIME_BINS;
        ArrayNode categories = JSON.arrayNode();
        for (int b = 0; b < TIME_BINS; b++) {
            categories.add(Formats.decimal(b * width, 1) + "\u2013" + Formats.decimal((b + 1) * width, 1));
        }
        option.putObject("xAxis").put("type", "category").put("name", "hours since start")
                .put("nameLocation", "middle").put("nameGap", 28).set("data", categories);
        option.set("yAxis", EchartsOptions.yAxis("% of paths", false).put("scale", false));
        ArrayNode series = option.putArray("series");
        int paths = (int) summary.number("paths");
        for (int m = 0; m < modes.size(); m++) {
            double[] counts = new double[TIME_BINS];
            for (PathRow row : folder.paths()) {
                if (row.mode().equals(modes.get(m)) && row.firstLiquidationHours().isPresent()) {
                    int bin = (int) Math.floor(row.firstLiquidationHours().getAsDouble() / width);
                    counts[Math.min(Math.max(bin, 0), TIME_BINS - 1)]++;
                }
            }
            ArrayNode data = JSON.arrayNode();
            for (double count : counts) {
                data.add(100 * count / paths);
            }
            ObjectNode bar = series.addObject().put("type", "bar").put("name", modes.get(m));
            bar.putObject("itemStyle").put("color", EchartsOptions.colour(m));
            bar.set("data", data);
        }
        return new ChartSpec("chart-first-liquidation", "Time to first liquidation",
                "When the first account of the book is liquidated, as a share of all paths (paths without one are "
                        + "not drawn).", option);
    }
}
