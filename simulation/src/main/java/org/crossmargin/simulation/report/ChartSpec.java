package org.crossmargin.simulation.report;

import java.util.Objects;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * One chart of the page: where it goes, what it is called, and its Apache ECharts option (a JSON object the page's
 * script hands to {@code echarts.init(...).setOption}).
 *
 * @param id      element id, unique on the page, e.g. {@code chart-leverage}
 * @param title   heading above the chart
 * @param caption one sentence under it: how to read it
 * @param option  the ECharts option
 */
record ChartSpec(String id, String title, String caption, ObjectNode option) {
    ChartSpec {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(caption, "caption");
        Objects.requireNonNull(option, "option");
    }
}
