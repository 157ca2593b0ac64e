package org.crossmargin.core.margin;

import java.util.Map;
import java.util.Objects;
import org.crossmargin.core.market.Checks;
import org.crossmargin.core.market.CollateralRule;
import org.crossmargin.core.market.MaintenanceSchedule;
import org.crossmargin.core.market.MarketIndex;
import org.crossmargin.core.market.MarketRules;

/**
 * A venue's margin rules bound to the price columns of a run: which column prices a market or a collateral asset,
 * which schedule margins a market, which haircut a collateral asset takes.
 *
 * <p>Every look-up of a name the run or the venue lacks is an {@link IllegalArgumentException} naming it; loaders
 * report such problems to users earlier, so here they are bugs.
 */
public final class MarketBinding {
    private final String venue;
    private final Map<String, MarketRules> rules;
    private final Map<String, CollateralRule> collateral;
    private final MarketIndex markets;

    private MarketBinding(String venue, Map<String, MarketRules> rules, Map<String, CollateralRule> collateral,
                          MarketIndex markets) {
        this.venue = Checks.name("venue", venue);
        this.rules = Map.copyOf(rules);
        this.collateral = Map.copyOf(collateral);
        this.markets = Objects.requireNonNull(markets, "markets");
    }

    /**
     * The rules of venue {@code venue} ({@code rules} per perpetual market, {@code collateral} per asset) over the
     * price columns of {@code markets}. ({@code Venue.bind(markets)} is the short form; this one keeps the margin
     * package free of the book package.)
     */
    public static MarketBinding of(String venue, Map<String, MarketRules> rules, Map<String, CollateralRule> collateral,
                                   MarketIndex markets) {
        return new MarketBinding(venue, rules, collateral, markets);
    }

    /** The run's markets (price columns). */
    public MarketIndex markets() {
        return markets;
    }

    /** Price column of a position market or collateral asset. */
    public int column(String name) {
        final int column = markets.column(name);
        if (column < 0) {
            throw new IllegalArgumentException("market: " + name + " is not a market of the run " + markets.names());
        }
        return column;
    }

    /** Margin schedule of a perpetual market of the venue. */
    public MaintenanceSchedule schedule(String market) {
        final MarketRules marketRules = rules.get(market);
        if (marketRules == null) {
            throw new IllegalArgumentException("market: " + market + " is not a market of venue " + venue);
        }
        return marketRules.schedule();
    }

    /** Haircut of a collateral asset of the venue, fraction in [0, 1). */
    public double haircut(String asset) {
        final CollateralRule rule = collateral.get(asset);
        if (rule == null) {
            throw new IllegalArgumentException("asset: " + asset + " is not a collateral asset of venue "
                    + venue);
        }
        return rule.haircut();
    }

    /** Checks that {@code row} has one finite price per market, each &gt; 0, and returns it. */
    public double[] checkRow(String field, double[] row) {
        if (row == null || row.length != markets.size()) {
            throw new IllegalArgumentException(field + ": expected " + markets.size() + " prices, got "
                    + (row == null ? "none" : row.length));
        }
        for (int m = 0; m < row.length; m++) {
            if (!(row[m] > 0 && row[m] < Double.POSITIVE_INFINITY)) {
                throw new IllegalArgumentException(field + "[" + markets.names().get(m)
                        + "]: expected a finite price > 0, got " + row[m]);
            }
        }
        return row;
    }
}
