package org.crossmargin.simulation.report;

import java.util.Objects;

/**
 * One row of shocks.csv: a scenario shock's fall window in one market.
 *
 * @param market     market name
 * @param startHours window start, hours since the start
 * @param endHours   window end, hours since the start
 * @param move       price change over the window, fraction (-0.3 is a 30% fall)
 */
record ShockRow(String market, double startHours, double endHours, double move) {
    ShockRow {
        Objects.requireNonNull(market, "market");
    }
}
