package org.crossmargin.core.market;

/**
 * How a venue values one collateral asset: a balance {@code b} counts as {@code b * price * (1 - haircut)}.
 *
 * @param asset   asset name, e.g. {@code USDT}
 * @param haircut fraction of the market value not counted, in [0, 1)
 */
public record CollateralRule(String asset, double haircut) {
    public CollateralRule {
        Checks.name("asset", asset);
        if (!(haircut >= 0 && haircut < 1)) {
            throw new IllegalArgumentException("haircut: expected a fraction in [0, 1), got " + haircut);
        }
    }
}
