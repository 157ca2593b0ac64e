package org.crossmargin.core.market;

/**
 * A margin schedule of a market in piecewise-linear form: in bracket {@code k} (notional up to {@code cap(k)}),
 * maintenance margin is {@code N * maintenanceRate(k) - maintenanceAmount(k)} and initial margin is
 * {@code N * initialRate(k) - initialAmount(k)} (quote currency). Notional above the last cap uses the last bracket.
 *
 * <p>The venues' risk-limit tiers ({@link TierTable}) are one implementation; step-wise schedules of other venues
 * fit the same form (rate 0, negative amount), which is what lets the compiled book flatten any schedule.
 */
public interface MaintenanceSchedule {

    /** Number of brackets, at least 1. */
    int tierCount();

    /** Upper notional cap of bracket {@code k}, quote currency. */
    double cap(int k);

    /** Maintenance rate of bracket {@code k}, fraction of notional. */
    double maintenanceRate(int k);

    /** Maintenance amount of bracket {@code k}, quote currency, subtracted from {@code N * rate}. */
    double maintenanceAmount(int k);

    /** Initial-margin rate of bracket {@code k}, fraction of notional. */
    double initialRate(int k);

    /** Initial-margin amount of bracket {@code k}, quote currency. */
    double initialAmount(int k);

    /** The bracket whose range holds {@code notional}: the first with {@code notional <= cap}, else the last. */
    default int tierIndex(double notional) {
        final int last = tierCount() - 1;
        for (int k = 0; k < last; k++) {
            if (notional <= cap(k)) {
                return k;
            }
        }
        return last;
    }

    /** Maintenance margin of a position of {@code notional} (quote currency, &gt;= 0). */
    default double maintenanceMargin(double notional) {
        final int k = tierIndex(notional);
        return notional * maintenanceRate(k) - maintenanceAmount(k);
    }

    /** Initial margin of a position of {@code notional} (quote currency, &gt;= 0). */
    default double initialMargin(double notional) {
        final int k = tierIndex(notional);
        return notional * initialRate(k) - initialAmount(k);
    }
}
