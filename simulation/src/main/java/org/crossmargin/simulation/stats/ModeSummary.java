package org.crossmargin.simulation.stats;

import java.util.Objects;
import org.crossmargin.core.book.RunMode;

/**
 * The statistics of one margin mode over all paths: the {@code modes.<mode>} object of {@code summary.json}
 * (docs/outputs.md). Money in quote currency, probabilities as fractions (0.41 is 41%), times in hours.
 *
 * @param mode                               the margin mode
 * @param paths                              number of paths
 * @param accounts                           accounts of the book
 * @param units                              margin units in this mode (accounts in cross, positions in isolated)
 * @param anyLiquidationProbability          share of paths with at least one liquidated account
 * @param anyLiquidationCi95                 Wilson 95% interval of that share
 * @param meanAccountLiquidationProbability  per-account liquidation probability averaged over accounts
 * @param liquidatedAccounts                 liquidated accounts per path
 * @param shortfall                          the venue's bad debt per path
 * @param userLoss                           users' loss per path, summed over accounts
 * @param liquidatedNotional                 notional closed by liquidations per path
 * @param fees                               liquidation fees per path
 * @param socialisedLoss                     shortfall the fund could not absorb, per path
 * @param insuranceFundEnd                   insurance fund at the horizon per path
 * @param insuranceFundExhaustedProbability  share of paths on which the fund was exhausted
 * @param insuranceFundExhaustedCi95         Wilson 95% interval of that share
 * @param timeToFirstLiquidationHours        hours to the first liquidation, over the paths that have one (its
 *                                           {@code n} is their count; NaN statistics when none)
 */
public record ModeSummary(RunMode mode, int paths, int accounts, int units, double anyLiquidationProbability,
                          WilsonInterval anyLiquidationCi95, double meanAccountLiquidationProbability,
                          Distribution liquidatedAccounts, Distribution shortfall, Distribution userLoss,
                          Distribution liquidatedNotional, Distribution fees, Distribution socialisedLoss,
                          Distribution insuranceFundEnd, double insuranceFundExhaustedProbability,
                          WilsonInterval insuranceFundExhaustedCi95, Distribution timeToFirstLiquidationHours) {
    public ModeSummary {
        Objects.requireNonNull(mode, "mode");
        if (paths <= 0) {
            throw new IllegalArgumentException("paths: expected a number > 0, got " + paths);
        }
        checkProbability("any_liquidation_probability", anyLiquidationProbability);
        checkProbability("insurance_fund_exhausted_probability", insuranceFundExhaustedProbability);
        if (!(accounts == 0 && Double.isNaN(meanAccountLiquidationProbability))) {
            checkProbability("mean_account_liquidation_probability", meanAccountLiquidationProbability);
        }
        Objects.requireNonNull(anyLiquidationCi95, "anyLiquidationCi95");
        Objects.requireNonNull(insuranceFundExhaustedCi95, "insuranceFundExhaustedCi95");
        for (Distribution d : new Distribution[] {liquidatedAccounts, shortfall, userLoss, liquidatedNotional, fees,
                socialisedLoss, insuranceFundEnd}) {
            if (Objects.requireNonNull(d, "distribution").n() != paths) {
                throw new IllegalArgumentException("distribution: expected " + paths + " values, got " + d.n());
            }
        }
        Objects.requireNonNull(timeToFirstLiquidationHours, "timeToFirstLiquidationHours");
    }

    private static void checkProbability(String field, double value) {
        if (!(value >= 0 && value <= 1)) {
            throw new IllegalArgumentException(field + ": expected a probability in [0, 1], got " + value);
        }
    }
}
