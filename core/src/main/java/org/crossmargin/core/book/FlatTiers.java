package org.crossmargin.core.book;

import org.crossmargin.core.market.MaintenanceSchedule;
import org.crossmargin.core.market.MarketIndex;
import org.crossmargin.core.market.MarketRules;

/**
 * The venue's maintenance schedules flattened per price column: market {@code m}'s tiers are
 * {@code first[m] .. first[m + 1]} of {@code cap}, {@code rate} and {@code amount} (a market the venue does not
 * margin, such as a collateral-only stablecoin, has none). Amounts are taken from the schedule itself, so a compiled
 * look-up computes {@code N rate - amount} with the very numbers {@link MaintenanceSchedule#maintenanceMargin} uses.
 */
final class FlatTiers {
    final int[] first;
    final double[] cap;
    final double[] rate;
    final double[] amount;
    /** Per tier: the notional range it holds, {@code (low, high]}: the previous cap (or -inf) and its cap (or +inf). */
    final double[] low;
    final double[] high;

    FlatTiers(Venue venue, MarketIndex index) {
        final int markets = index.size();
        final MaintenanceSchedule[] schedules = new MaintenanceSchedule[markets];
        first = new int[markets + 1];
        int tiers = 0;
        for (int m = 0; m < markets; m++) {
            final MarketRules rules = venue.markets().get(index.names().get(m));
            schedules[m] = rules == null ? null : rules.schedule();
            first[m] = tiers;
            tiers += rules == null ? 0 : rules.schedule().tierCount();
        }
        first[markets] = tiers;
        cap = new double[tiers];
        rate = new double[tiers];
        amount = new double[tiers];
        low = new double[tiers];
        high = new double[tiers];
        for (int m = 0; m < markets; m++) {
            for (int k = 0; schedules[m] != null && k < schedules[m].tierCount(); k++) {
                cap[first[m] + k] = schedules[m].cap(k);
                rate[first[m] + k] = schedules[m].maintenanceRate(k);
                amount[first[m] + k] = schedules[m].maintenanceAmount(k);
                low[first[m] + k] = k == 0 ? Double.NEGATIVE_INFINITY : schedules[m].cap(k - 1);
                // notional above the last cap uses the last tier (MaintenanceSchedule.tierIndex)
                high[first[m] + k] = k == schedules[m].tierCount() - 1 ? Double.POSITIVE_INFINITY : schedules[m].cap(k);
                if (k > 0 && rate[first[m] + k] < rate[first[m] + k - 1]) {
                    // the screened kernel bounds maintenance by its value at the largest notional: that needs a
                    // schedule non-decreasing in notional (TierTable guarantees it; any other schedule must too)
                    throw new IllegalArgumentException("markets." + index.names().get(m) + ": maintenance rate of "
                            + "tier " + (k + 1) + " falls below tier " + k + "'s; expected rates that do not fall as "
                            + "notional grows");
                }
            }
        }
    }
}
