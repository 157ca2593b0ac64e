package org.crossmargin.core.market;

import static org.crossmargin.core.market.Checks.finitePositive;
import static org.crossmargin.core.market.Checks.rate;

/**
 * One risk-limit bracket of a market: positions whose notional is at most {@code maxNotional} (quote currency)
 * pay {@code initialRate} and {@code maintenanceRate} of notional (fractions: 0.005 is 0.5%).
 *
 * @param maxNotional     upper notional cap of the bracket, quote currency, &gt; 0
 * @param initialRate     initial-margin rate, in [0, 1]
 * @param maintenanceRate maintenance-margin rate, in [0, 1] and at most {@code initialRate}
 */
public record Tier(double maxNotional, double initialRate, double maintenanceRate) {
    public Tier {
        finitePositive("max_notional", maxNotional);
        rate("initial_rate", initialRate);
        rate("maintenance_rate", maintenanceRate);
        if (maintenanceRate > initialRate) {
            throw new IllegalArgumentException("maintenance_rate: expected at most initial_rate " + initialRate
                    + ", got " + maintenanceRate);
        }
    }
}
