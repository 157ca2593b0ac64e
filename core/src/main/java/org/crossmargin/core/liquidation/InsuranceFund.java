package org.crossmargin.core.liquidation;

import org.crossmargin.core.market.Checks;

/**
 * The insurance fund along one path, quote currency. After all units of a step: the fund takes the step's fees, then
 * absorbs what it can of the step's shortfall; the rest is socialised (auto-deleveraging), and a path on which some
 * shortfall was socialised is <em>fund exhausted</em>. Conservation: {@code balance = start + sum fees - sum shortfall
 * + socialised}.
 *
 * <p>Mutable scratch: one per worker, {@link #reset} per path, no allocation.
 */
public final class InsuranceFund {
    private double start;
    private double balance;
    private double socialised;
    private boolean exhausted;

    /** A fund holding {@code start} (quote currency, &gt;= 0). */
    public InsuranceFund(double start) {
        reset(start);
    }

    /** Restores the fund to {@code start} with nothing socialised. */
    public void reset(double start) {
        // + 0.0 turns a -0.0 start into +0.0, as settling a first step of 0 fees would: skipped steps stay exact
        this.start = Checks.finiteNonNegative("insurance_fund", start) + 0.0;
        this.balance = this.start;
        this.socialised = 0.0;
        this.exhausted = false;
    }

    /**
     * Settles one step: {@code balance += fees}; {@code absorbed = min(balance, shortfall)}; the rest is socialised.
     *
     * @return the part of {@code shortfall} socialised at this step
     */
    public double settle(double fees, double shortfall) {
        balance += fees;
        final double absorbed = Math.min(balance, shortfall);
        balance -= absorbed;
        final double social = shortfall - absorbed;
        if (social > 0) {
            socialised += social;
            exhausted = true;
        }
        return social;
    }

    /**
     * Puts the fund back to a state read earlier from {@link #balance()}, {@link #socialisedLoss()} and
     * {@link #exhausted()} (the market-impact runner re-runs a step with corrected fills).
     */
    public void restore(double balance, double socialised, boolean exhausted) {
        this.balance = balance;
        this.socialised = socialised;
        this.exhausted = exhausted;
    }

    /** The fund at the start of the path. */
    public double start() {
        return start;
    }

    /** The fund now. */
    public double balance() {
        return balance;
    }

    /** Shortfall the fund could not absorb, summed over the path. */
    public double socialisedLoss() {
        return socialised;
    }

    /** True once some shortfall has been socialised on this path. */
    public boolean exhausted() {
        return exhausted;
    }
}
