package org.crossmargin.simulation.report;

import java.util.Objects;

/**
 * One row of timeseries.csv: the book's aggregate state at one sampled step, over the run's path reservoir.
 *
 * @param mode                   mode label
 * @param step                   step index (0 is the start)
 * @param hours                  time since the start, hours
 * @param utilisationP05         5th percentile of total maintenance margin / total equity (fraction)
 * @param utilisationP50         median margin utilisation (fraction)
 * @param utilisationP95         95th percentile of margin utilisation (fraction)
 * @param fundP05                5th percentile of the insurance fund, quote currency
 * @param fundP50                median insurance fund, quote currency
 * @param fundP95                95th percentile of the insurance fund, quote currency
 * @param liquidatedAccountsMean mean cumulative liquidated accounts
 */
record TimeseriesRow(String mode, int step, double hours, double utilisationP05, double utilisationP50,
                     double utilisationP95, double fundP05, double fundP50, double fundP95,
                     double liquidatedAccountsMean) {
    TimeseriesRow {
        Objects.requireNonNull(mode, "mode");
    }
}
