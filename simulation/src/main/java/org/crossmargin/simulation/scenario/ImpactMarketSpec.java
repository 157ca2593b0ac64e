package org.crossmargin.simulation.scenario;

import java.util.OptionalDouble;

/**
 * The market-impact parameters of one market as a scenario gives them (DESIGN §10); which are present depends on the
 * model: {@code daily_volume} and {@code coefficient} for the square-root law, {@code lambda} for linear.
 *
 * @param dailyVolume              traded notional per day {@code V}, quote currency, &gt; 0 (square-root)
 * @param coefficient              square-root law prefactor {@code Y}, dimensionless, &gt;= 0 (square-root)
 * @param lambda                   log-price impact per quote currency of flow, &gt;= 0 (linear)
 * @param resilienceHalfLifeSeconds seconds for an impact to decay by half, &gt; 0
 * @param dailyVolatility          daily volatility of the log price; empty: the market's annual volatility /
 *                                 sqrt(365)
 */
public record ImpactMarketSpec(OptionalDouble dailyVolume, OptionalDouble coefficient, OptionalDouble lambda,
                               long resilienceHalfLifeSeconds, OptionalDouble dailyVolatility) {
    public ImpactMarketSpec {
        check("daily_volume", dailyVolume, false);
        check("coefficient", coefficient, true);
        check("lambda", lambda, true);
        check("daily_volatility", dailyVolatility, true);
        if (resilienceHalfLifeSeconds <= 0) {
            throw new IllegalArgumentException("resilience_half_life: expected a duration > 0, got "
                    + resilienceHalfLifeSeconds + "s");
        }
    }

    private static void check(String field, OptionalDouble value, boolean zeroAllowed) {
        if (value.isPresent()) {
            double x = value.getAsDouble();
            if (!((zeroAllowed ? x >= 0 : x > 0) && x < Double.POSITIVE_INFINITY)) {
                throw new IllegalArgumentException(field + ": expected a finite number " + (zeroAllowed ? ">=" : ">")
                        + " 0, got " + x);
            }
        }
    }

    /** Square-root law parameters: {@code V}, {@code Y}, half-life, optional {@code sigma_d}. */
    public static ImpactMarketSpec squareRoot(double dailyVolume, double coefficient, long halfLifeSeconds,
                                              OptionalDouble dailyVolatility) {
        return new ImpactMarketSpec(OptionalDouble.of(dailyVolume), OptionalDouble.of(coefficient),
                OptionalDouble.empty(), halfLifeSeconds, dailyVolatility);
    }

    /** Linear parameters: {@code lambda} and half-life. */
    public static ImpactMarketSpec linear(double lambda, long halfLifeSeconds) {
        return new ImpactMarketSpec(OptionalDouble.empty(), OptionalDouble.empty(), OptionalDouble.of(lambda),
                halfLifeSeconds, OptionalDouble.empty());
    }
}
