package org.crossmargin.core.market;

import java.util.Objects;

/**
 * The margin rules of one perpetual market of a venue.
 *
 * @param market   market name as the scenario and book use it, e.g. {@code BTC}
 * @param schedule the market's maintenance and initial margin schedule
 */
public record MarketRules(String market, MaintenanceSchedule schedule) {
    public MarketRules {
        Checks.name("market", market);
        Objects.requireNonNull(schedule, "schedule");
    }
}
