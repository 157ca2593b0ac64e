package org.crossmargin.simulation.engine;

/**
 * Facts about one account at the start of a run, for accounts.csv and the report.
 *
 * @param id         account id
 * @param startValue value at the start (haircut collateral + unrealised PnL), quote currency
 * @param notional   sum of position notionals at start prices, quote currency
 * @param collateral the account's collateral assets joined by {@code +}, empty when none
 */
public record AccountFacts(String id, double startValue, double notional, String collateral) {
    /** Notional over start value, or NaN when the start value is not positive. */
    public double leverage() {
        return startValue > 0 ? notional / startValue : Double.NaN;
    }
}
