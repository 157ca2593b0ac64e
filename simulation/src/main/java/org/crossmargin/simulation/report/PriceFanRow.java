package org.crossmargin.simulation.report;

import java.util.Objects;

/**
 * One row of price_fan.csv: the exogenous price distribution of one market at one sampled step. Prices in quote
 * currency.
 *
 * @param market market name
 * @param step   step index
 * @param hours  time since the start, hours
 * @param p01    1st percentile
 * @param p50    median
 * @param p99    99th percentile
 */
record PriceFanRow(String market, int step, double hours, double p01, double p50, double p99) {
    PriceFanRow {
        Objects.requireNonNull(market, "market");
    }
}
