package org.crossmargin.core.book;

import java.util.Arrays;

/**
 * The start contributions of a path's dead units, gathered per market, so that {@link ReportTotals} takes them out of
 * its start curves in time that grows with markets and tiers rather than with the dead units' positions (a crash
 * kills hundreds of units, and the report samples 121 steps of 100 paths per mode).
 *
 * <p>A dead unit holds nothing (its positions are closed), so its start contribution is all that separates it from
 * the start curves: equity {@code margin + sum_c a_c P_c + sum_p q_p (P_p - e_p)} and maintenance
 * {@code sum_p MM(|q_p| P_p)}, start quantities. Per market this is a constant, a weight times the price, and the
 * maintenance of a set of start sizes: kept sorted with their prefix sums, it is evaluated by tier runs as the start
 * curve is.
 *
 * <p>Units are added in the order they died ({@link PathState#dead}), a property of the path, never of when the
 * totals were asked for; a rolled-back step that revives units makes the next read rebuild from the list, repeating
 * the very same additions. So the totals are the same bits for the same state whichever kernel ran the path. Scratch
 * of one path state; nothing is allocated per path.
 */
final class DeadUnitTotals {
    private final CompiledBook book;
    /** How many of the path's deaths ({@link PathState#dead}) are added in. */
    private int counted;
    /** Sum of the dead units' {@code -margin + sum_p q_p e_p}. */
    private double constant;
    /** Per market: minus the dead units' collateral amounts and start quantities in it. */
    private final double[] weight;
    /** Per market {@code m}: dead start sizes, ascending, at {@code first[m] .. first[m] + count[m]}. */
    private final int[] first;
    private final int[] count;
    /** Per market: how many of its sizes are sorted with their prefix sums done ({@link #sync} sorts the rest). */
    private final int[] sorted;
    private final double[] size;
    /** Prefix sums of {@link #size}, per market from {@code first[m] + m} (one longer than the market's run). */
    private final double[] prefix;

    DeadUnitTotals(CompiledBook book) {
        this.book = book;
        final int markets = book.markets;
        weight = new double[markets];
        first = new int[markets + 1];
        for (int p = 0; p < book.positions(); p++) {
            first[book.positionColumn[p] + 1]++;
        }
        for (int m = 0; m < markets; m++) {
            first[m + 1] += first[m];
        }
        count = new int[markets];
        sorted = new int[markets];
        size = new double[book.positions()];
        prefix = new double[book.positions() + markets];
    }

    /** Forgets every death: the start of a path, or a rebuild. */
    void clear() {
        counted = 0;
        constant = 0.0;
        Arrays.fill(weight, 0.0);
        Arrays.fill(count, 0);
        Arrays.fill(sorted, 0);
    }

    /** Brings the sums up to the deaths of {@code s}, rebuilding them when a rollback revived a unit added in. */
    void sync(PathState s) {
        if (counted > s.deadCount) {
            clear();
        }
        if (counted == s.deadCount) {
            return;
        }
        for (; counted < s.deadCount; counted++) {
            add(s.dead[counted]);
        }
        // the sizes went in unsorted: sort each market's run and redo its prefix sums, once per read. A prefix is
        // the left-to-right sum of the sorted run, so it depends only on which units are dead, not on their order
        for (int m = 0; m < count.length; m++) {
            if (count[m] != sorted[m]) {
                final int from = first[m];
                final int end = from + count[m];
                Arrays.sort(size, from, end);
                for (int i = from; i < end; i++) {
                    prefix[i + m + 1] = prefix[i + m] + size[i];
                }
                sorted[m] = count[m];
            }
        }
    }

    /** A rolled-back step forgot the deaths from {@code deaths} on: those added in must go, by a rebuild. */
    void forgetSince(int deaths) {
        if (counted > deaths) {
            clear();
        }
    }

    private void add(int u) {
        final CompiledBook b = book;
        constant -= b.unitMargin[u];
        for (int c = b.firstCollateral[u]; c < b.firstCollateral[u + 1]; c++) {
            weight[b.collateralColumn[c]] -= b.collateralAmount[c];
        }
        for (int p = b.firstPosition[u]; p < b.firstPosition[u + 1]; p++) {
            final int m = b.positionColumn[p];
            final double start = b.startQuantity[p];
            constant += start * b.entryPrice[p];
            weight[m] -= start;
            size[first[m] + count[m]++] = Math.abs(start);
        }
    }

    /** The dead units' {@code -margin + sum q e}, summed. */
    double constant() {
        return constant;
    }

    /** Minus the dead units' net start quantity and collateral in market {@code m}. */
    double weight(int m) {
        return weight[m];
    }

    /** Maintenance of the dead units' start positions in market {@code m} at {@code price}. */
    double maintenance(int m, double price) {
        return ReportTotals.curve(book, m, price, size, prefix, first[m], first[m] + count[m]);
    }
}
