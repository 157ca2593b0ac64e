package org.crossmargin.core.book;

/**
 * The impact parameters of one market (DESIGN §10). Only the parameters of the run's {@link ImpactModel} are used.
 *
 * @param coefficient     square-root law prefactor {@code Y}, dimensionless, &gt;= 0 (empirically 0.5 to 1)
 * @param dailyVolume     traded notional per day {@code V}, quote currency, &gt; 0
 * @param dailyVolatility volatility of the log price per day {@code sigma_d}, &gt;= 0 (0.6 a year is 0.6 / sqrt(365))
 * @param lambda          linear impact per unit of flow, log price per quote currency, &gt;= 0
 * @param halfLifeSeconds seconds for the impact to decay by half, &gt; 0; {@code +Infinity} makes it permanent
 */
public record ImpactMarket(double coefficient, double dailyVolume, double dailyVolatility, double lambda,
                           double halfLifeSeconds) {
    /** A market whose liquidations do not move its price. */
    public static final ImpactMarket NONE = new ImpactMarket(0.0, 1.0, 0.0, 0.0, Double.POSITIVE_INFINITY);

    public ImpactMarket {
        if (!(coefficient >= 0 && coefficient < Double.POSITIVE_INFINITY)) {
            throw new IllegalArgumentException("coefficient: expected a finite number >= 0, got " + coefficient);
        }
        if (!(dailyVolume > 0 && dailyVolume < Double.POSITIVE_INFINITY)) {
            throw new IllegalArgumentException("daily_volume: expected a finite number > 0, got " + dailyVolume);
        }
        if (!(dailyVolatility >= 0 && dailyVolatility < Double.POSITIVE_INFINITY)) {
            throw new IllegalArgumentException("daily_volatility: expected a finite number >= 0, got "
                    + dailyVolatility);
        }
        if (!(lambda >= 0 && lambda < Double.POSITIVE_INFINITY)) {
            throw new IllegalArgumentException("lambda: expected a finite number >= 0, got " + lambda);
        }
        if (!(halfLifeSeconds > 0)) {
            throw new IllegalArgumentException("resilience_half_life: expected a duration > 0, got "
                    + halfLifeSeconds + "s");
        }
    }

    /** Square-root law parameters: {@code Y}, {@code V} (quote currency a day), {@code sigma_d}, half-life. */
    public static ImpactMarket squareRoot(double coefficient, double dailyVolume, double dailyVolatility,
                                          double halfLifeSeconds) {
        return new ImpactMarket(coefficient, dailyVolume, dailyVolatility, 0.0, halfLifeSeconds);
    }

    /** Linear parameters: {@code lambda} (log price per quote currency of flow) and half-life. */
    public static ImpactMarket linear(double lambda, double halfLifeSeconds) {
        return new ImpactMarket(0.0, 1.0, 0.0, lambda, halfLifeSeconds);
    }

    /** Factor by which the impact state decays over one step: {@code exp(-ln 2 * step / half_life)}. */
    public double decayPerStep(double stepSeconds) {
        return Math.exp(-Math.log(2.0) * stepSeconds / halfLifeSeconds);
    }
}
