package org.crossmargin.simulation.report;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Small builders for the Apache ECharts option objects the charts share (axes, legend, series), so each chart reads
 * as what it draws. Reference: https://echarts.apache.org/en/option.html
 */
final class EchartsOptions {
    static final JsonNodeFactory JSON = JsonNodeFactory.instance;
    /** One colour per mode, in run order (colour-blind-safe Okabe–Ito blue, vermillion, green). */
    static final String[] MODE_COLOURS = {"#0072B2", "#D55E00", "#009E73"};

    private EchartsOptions() {
    }

    /** A chart without animation (it prints and screenshots as drawn), with legend, tooltip and a grid. */
    static ObjectNode base() {
        ObjectNode option = JSON.objectNode();
        option.put("animation", false);
        option.putObject("legend").put("top", 0);
        option.putObject("tooltip").put("trigger", "axis");
        option.putObject("grid").put("left", 84).put("right", 24).put("top", 36).put("bottom", 44);
        return option;
    }

    /** A numeric y axis named {@code name}, its name clear of the widest tick labels ("150,000"). */
    static ObjectNode yAxis(String name, boolean log) {
        return valueAxis(name, log).put("nameGap", 62);
    }

    /** A numeric axis named {@code name}; {@code log} for a log scale. */
    static ObjectNode valueAxis(String name, boolean log) {
        ObjectNode axis = JSON.objectNode();
        axis.put("type", log ? "log" : "value").put("name", name).put("nameLocation", "middle").put("nameGap", 28);
        axis.put("scale", !log);
        return axis;
    }

    /** A line series of {@code [x, y]} points without symbols, in {@code colour}. */
    static ObjectNode line(String name, ArrayNode data, String colour) {
        ObjectNode series = JSON.objectNode();
        series.put("type", "line").put("name", name).put("showSymbol", false).put("connectNulls", false);
        series.putObject("itemStyle").put("color", colour);
        series.putObject("lineStyle").put("color", colour).put("width", 2);
        series.set("data", data);
        return series;
    }

    /**
     * The two stacked series that draw a shaded band between {@code low} and {@code high} over a category x axis:
     * an invisible base at {@code low} and the band height on top (the "confidence band" recipe of the ECharts
     * examples; stacking needs the category axis). NaN draws as a gap.
     */
    static ArrayNode band(String name, String stack, double[] low, double[] high, String colour) {
        double[] height = new double[low.length];
        for (int i = 0; i < low.length; i++) {
            height[i] = high[i] - low[i];
        }
        ObjectNode base = line(name + " base", values(low), colour);
        base.put("stack", stack).put("silent", true);
        base.putObject("lineStyle").put("opacity", 0);
        base.putObject("tooltip").put("show", false);
        ObjectNode area = line(name, values(height), colour);
        area.put("stack", stack).put("silent", true);
        area.putObject("lineStyle").put("opacity", 0);
        area.putObject("areaStyle").put("color", colour).put("opacity", 0.18);
        return JSON.arrayNode().add(base).add(area);
    }

    /** A point {@code [x, y]}; a NaN y becomes null, which ECharts draws as a gap. */
    static void point(ArrayNode data, double x, double y) {
        ArrayNode point = data.addArray().add(x);
        if (Double.isFinite(y)) {
            point.add(y);
        } else {
            point.addNull();
        }
    }

    /** Values for a category axis; NaN becomes null, which ECharts draws as a gap. */
    static ArrayNode values(double[] values) {
        ArrayNode data = JSON.arrayNode();
        for (double value : values) {
            if (Double.isFinite(value)) {
                data.add(value);
            } else {
                data.addNull();
            }
        }
        return data;
    }

    /** A category x axis of sampled times, labelled in hours. */
    static ObjectNode hoursCategoryAxis(double[] hours) {
        ObjectNode axis = JSON.objectNode();
        axis.put("type", "category").put("name", "hours since start").put("nameLocation", "middle")
                .put("nameGap", 28).put("boundaryGap", false);
        ArrayNode data = axis.putArray("data");
        for (double h : hours) {
            data.add(Formats.decimal(h, 1));
        }
        return axis;
    }

    /** Legend entries limited to {@code names} (hides the bands' invisible base series). */
    static void legend(ObjectNode option, Iterable<String> names) {
        ArrayNode data = ((ObjectNode) option.get("legend")).putArray("data");
        names.forEach(data::add);
    }

    /** Colour of the mode at {@code index} in run order. */
    static String colour(int index) {
        return MODE_COLOURS[index % MODE_COLOURS.length];
    }
}
