package org.crossmargin.simulation.report;

/**
 * An estimate with its 95% interval, in the estimate's unit.
 *
 * @param estimate the point estimate
 * @param low      lower end of the 95% interval
 * @param high     upper end of the 95% interval
 */
record Interval(double estimate, double low, double high) {
    Interval {
        if (low > high) {
            throw new IllegalArgumentException("interval: low " + low + " > high " + high);
        }
    }
}
