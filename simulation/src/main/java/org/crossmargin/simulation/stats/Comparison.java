package org.crossmargin.simulation.stats;

import java.util.Objects;
import org.crossmargin.core.book.RunMode;

/**
 * The paired comparison of two margin modes, first minus second (e.g. cross minus isolated): the
 * {@code comparison} object of {@code summary.json}. Money in quote currency; fund exhaustion as a 0/1 indicator,
 * so its mean is a difference of probabilities.
 *
 * @param first              the first mode
 * @param second             the second mode
 * @param shortfall          paired shortfall difference
 * @param liquidatedAccounts paired difference of liquidated accounts
 * @param userLoss           paired user-loss difference
 * @param liquidatedNotional paired liquidated-notional difference
 * @param fundExhausted      paired difference of the fund-exhausted indicator
 */
public record Comparison(RunMode first, RunMode second, PairedDifference shortfall,
                         PairedDifference liquidatedAccounts, PairedDifference userLoss,
                         PairedDifference liquidatedNotional, PairedDifference fundExhausted) {
    public Comparison {
        Objects.requireNonNull(first, "first");
        Objects.requireNonNull(second, "second");
        Objects.requireNonNull(shortfall, "shortfall");
        Objects.requireNonNull(liquidatedAccounts, "liquidatedAccounts");
        Objects.requireNonNull(userLoss, "userLoss");
        Objects.requireNonNull(liquidatedNotional, "liquidatedNotional");
        Objects.requireNonNull(fundExhausted, "fundExhausted");
    }
}
