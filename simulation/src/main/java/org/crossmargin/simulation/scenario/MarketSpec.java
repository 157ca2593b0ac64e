package org.crossmargin.simulation.scenario;

/**
 * A market of a scenario.
 *
 * @param name             market name, e.g. {@code BTC}
 * @param price            price at the start, quote currency, &gt; 0
 * @param annualVolatility annualised volatility of log price, in [0, 10] (0 keeps the price fixed unless shocked)
 * @param annualDrift      annualised drift {@code mu} of the price
 */
public record MarketSpec(String name, double price, double annualVolatility, double annualDrift) {
    public MarketSpec {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("name: expected a market name, got " + name);
        }
        if (!(price > 0 && price < Double.POSITIVE_INFINITY)) {
            throw new IllegalArgumentException("price: expected a finite number > 0, got " + price);
        }
        if (!(annualVolatility >= 0 && annualVolatility <= 10)) {
            throw new IllegalArgumentException("volatility: expected a number in [0, 10], got " + annualVolatility);
        }
        if (!Double.isFinite(annualDrift)) {
            throw new IllegalArgumentException("drift: expected a finite number, got " + annualDrift);
        }
    }
}
