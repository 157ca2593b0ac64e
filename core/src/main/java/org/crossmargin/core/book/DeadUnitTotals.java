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
 * maintenance of a set of start sizes: kept in ascending order with their prefix sums, it is evaluated by tier runs
 * as the start curve is. The order is fixed per book (each position's rank among its market's start sizes), so a
 * read that finds new deaths only marks their slots and gathers the marked sizes again: no sorting, no allocation.
 *
 * <p>Units are added in the order they died ({@link PathState#dead}), a property of the path, never of when the
 * totals were asked for, and the sizes' prefix sums depend only on which units are dead; a rolled-back step that
 * revives units makes the next read rebuild from the list, repeating the very same additions. So the totals are the
 * same bits for the same state whichever kernel ran the path. Scratch of one path state.
 */
final class DeadUnitTotals {
    private final CompiledBook book;
    /** How many of the path's deaths ({@link PathState#dead}) are added in. */
    private int counted;
    /** Sum of the dead units' {@code -margin + sum_p q_p e_p}. */
    private double constant;
    /** Per market: minus the dead units' collateral amounts and start quantities in it. */
    private final double[] weight;
    /** Per market {@code m}: its positions' slots {@code first[m] .. first[m + 1]}, by ascending start size. */
    private final int[] first;
    /** Per position: its slot. */
    private final int[] slot;
    /** Per slot: the start size there, and whether its position's unit is dead. */
    private final double[] slotSize;
    private final boolean[] slotDead;
    /** Per market: whether deaths since the last read changed its dead sizes. */
    private final boolean[] changed;
    /** Per market {@code m}: the dead start sizes, ascending, at {@code first[m] .. first[m] + count[m]}. */
    private final int[] count;
    private final double[] size;
    /** Prefix sums of {@link #size}, per market from {@code first[m] + m} (one longer than the market's run). */
    private final double[] prefix;

    DeadUnitTotals(CompiledBook book) {
        this.book = book;
        final int markets = book.markets;
        final int positions = book.positions();
        weight = new double[markets];
        first = new int[markets + 1];
        for (int p = 0; p < positions; p++) {
            first[book.positionColumn[p] + 1]++;
        }
        for (int m = 0; m < markets; m++) {
            first[m + 1] += first[m];
        }
        // slots: positions by market, then by start size (ties by index), once per path state
        Integer[] order = new Integer[positions];
        for (int p = 0; p < positions; p++) {
            order[p] = p;
        }
        Arrays.sort(order, (x, y) -> book.positionColumn[x] != book.positionColumn[y]
                ? Integer.compare(book.positionColumn[x], book.positionColumn[y])
                : Double.compare(Math.abs(book.startQuantity[x]), Math.abs(book.startQuantity[y])));
        slot = new int[positions];
        slotSize = new double[positions];
        for (int i = 0; i < positions; i++) {
            slot[order[i]] = i;
            slotSize[i] = Math.abs(book.startQuantity[order[i]]);
        }
        slotDead = new boolean[positions];
        changed = new boolean[markets];
        count = new int[markets];
        size = new double[positions];
        prefix = new double[positions + markets];
    }

    /** Forgets every death: the start of a path, or a rebuild. */
    void clear() {
        counted = 0;
        constant = 0.0;
        Arrays.fill(weight, 0.0);
        Arrays.fill(slotDead, false);
        Arrays.fill(changed, false);
        Arrays.fill(count, 0);
    }

    /** Brings the sums up to the deaths of {@code s}. */
    void sync(PathState s) {
        if (counted == s.deadCount) {
            return;
        }
        for (; counted < s.deadCount; counted++) {
            add(s.dead[counted]);
        }
        for (int m = 0; m < changed.length; m++) {
            if (changed[m]) {
                changed[m] = false;
                // the market's dead sizes in slot order, ascending, and their left-to-right prefix sums
                int end = first[m];
                for (int i = first[m]; i < first[m + 1]; i++) {
                    if (slotDead[i]) {
                        size[end] = slotSize[i];
                        prefix[end + m + 1] = prefix[end + m] + slotSize[i];
                        end++;
                    }
                }
                count[m] = end - first[m];
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
            slotDead[slot[p]] = true;
            changed[m] = true;
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
