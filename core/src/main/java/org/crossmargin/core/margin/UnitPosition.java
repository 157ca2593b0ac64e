package org.crossmargin.core.margin;

import java.util.Objects;
import org.crossmargin.core.market.Checks;
import org.crossmargin.core.market.MaintenanceSchedule;

/**
 * The fixed part of a position inside a margin unit: market, price column, entry price and margin schedule.
 * Its quantity lives in the unit, because liquidation changes it.
 *
 * @param market     market name
 * @param column     price column of the market
 * @param entryPrice entry price, quote currency, &gt; 0
 * @param schedule   the market's maintenance and initial margin schedule
 */
public record UnitPosition(String market, int column, double entryPrice, MaintenanceSchedule schedule) {
    public UnitPosition {
        Checks.name("market", market);
        if (column < 0) {
            throw new IllegalArgumentException("column: expected >= 0, got " + column);
        }
        Checks.finitePositive("entry_price", entryPrice);
        Objects.requireNonNull(schedule, "schedule");
    }
}
