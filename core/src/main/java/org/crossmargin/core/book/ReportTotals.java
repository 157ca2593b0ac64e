package org.crossmargin.core.book;

import java.util.Arrays;

/**
 * Total equity and maintenance margin of a book's live units at a row of prices, for the report's sampled steps,
 * in time that grows with markets and tiers rather than with positions.
 *
 * <p>At the start of a path every unit is alive with its start quantities and no cash, so the totals are functions
 * of the prices alone, built once per book: equity {@code C0 + sum_m P_m W_m} ({@code W_m} the market's net start
 * quantity and collateral, {@code C0} the margins less {@code sum q e}); maintenance {@code sum_m F_m(P_m)}, where
 * {@code F_m(P) = sum_p MM(|q_p| P)} over the market's positions. With the positions sorted by size, the positions
 * of one tier at price {@code P} are a contiguous run (a larger position's notional is never in a lower tier), found
 * by binary search with the same comparison {@code |q| P > cap} the look-up makes; a run adds
 * {@code P rate sum|q| - count amount}. A path's liquidations change only the units they touch ({@link PathState}
 * lists them): a dead unit's start contribution comes out through {@link DeadUnitTotals}, per market; a partly
 * liquidated one's comes out and its current one goes in, term by term.
 *
 * <p>The totals differ from adding units' equity and maintenance one by one only by rounding (a property test
 * checks it); the same state and row give the same bits whichever kernel ran the path. Immutable; allocates nothing.
 */
final class ReportTotals {
    private final CompiledBook book;
    /** Sum of the units' margins less every position's start quantity times its entry price. */
    private final double constant;
    /** Per market: net start quantity of its positions plus the collateral held in it. */
    private final double[] weight;
    /** Per market {@code m}: its positions' start sizes, ascending, at {@code first[m] .. first[m + 1]}. */
    private final int[] first;
    private final double[] size;
    /** Per market: prefix sums of {@link #size}, one longer than the market's run ({@code first[m] + m} onwards). */
    private final double[] prefix;

    ReportTotals(CompiledBook book) {
        this.book = book;
        final int markets = book.markets;
        double c = 0.0;
        for (double margin : book.unitMargin) {
            c += margin;
        }
        weight = new double[markets];
        for (int leg = 0; leg < book.collateralAmount.length; leg++) {
            weight[book.collateralColumn[leg]] += book.collateralAmount[leg];
        }
        final int positions = book.positions();
        first = new int[markets + 1];
        for (int p = 0; p < positions; p++) {
            c -= book.startQuantity[p] * book.entryPrice[p];
            weight[book.positionColumn[p]] += book.startQuantity[p];
            first[book.positionColumn[p] + 1]++;
        }
        constant = c;
        for (int m = 0; m < markets; m++) {
            first[m + 1] += first[m];
        }
        size = new double[positions];
        final int[] fill = Arrays.copyOf(first, markets);
        for (int p = 0; p < positions; p++) {
            size[fill[book.positionColumn[p]]++] = Math.abs(book.startQuantity[p]);
        }
        prefix = new double[positions + markets];
        for (int m = 0; m < markets; m++) {
            Arrays.sort(size, first[m], first[m + 1]);
            double sum = 0.0;
            prefix[first[m] + m] = 0.0;
            for (int i = first[m]; i < first[m + 1]; i++) {
                sum += size[i];
                prefix[i + m + 1] = sum;
            }
        }
    }

    /** Total equity into {@code into[0]} and maintenance into {@code into[1]} of the live units of {@code s}. */
    void live(PathState s, double[] prices, int off, double[] into) {
        final CompiledBook b = book;
        final DeadUnitTotals dead = s.deadTotals;
        dead.sync(s);
        double equity = constant + dead.constant();
        double maintenance = 0.0;
        for (int m = 0; m < weight.length; m++) {
            final double price = prices[off + m];
            equity += price * (weight[m] + dead.weight(m));
            maintenance += curve(b, m, price, size, prefix, first[m], first[m + 1]) - dead.maintenance(m, price);
        }
        for (int i = 0; i < s.touchedCount; i++) {
            final int u = s.touched[i];
            if (!s.alive[u]) {
                continue; // in the dead units' sums
            }
            // a partly liquidated unit: out with its start contribution, in with its current one
            double collateral = 0.0;
            for (int c = b.firstCollateral[u]; c < b.firstCollateral[u + 1]; c++) {
                collateral += b.collateralAmount[c] * prices[off + b.collateralColumn[c]];
            }
            equity -= b.unitMargin[u] + collateral;
            equity += b.unitMargin[u] + s.cash[u] + collateral;
            for (int p = b.firstPosition[u]; p < b.firstPosition[u + 1]; p++) {
                final int column = b.positionColumn[p];
                final double mark = prices[off + column];
                final double start = b.startQuantity[p];
                final double now = s.quantity[p];
                equity += (now - start) * (mark - b.entryPrice[p]);
                maintenance -= b.maintenance(s.startTier, p, column, Math.abs(start) * mark);
                if (now != 0.0) {
                    maintenance += b.maintenance(s.tier, p, column, Math.abs(now) * mark);
                }
            }
        }
        if (s.deadCount == b.units()) {
            // nothing lives: exactly nothing, not the rounding left after taking every start contribution out
            equity = 0.0;
            maintenance = 0.0;
        }
        into[0] = equity;
        into[1] = Math.max(maintenance, 0.0); // a sum of non-negative margins: a negative is rounding
    }

    /**
     * Maintenance of the positions of market {@code m} whose sizes are {@code size[from .. to)} (ascending) at
     * {@code price}, with {@code prefix[i + m]} the sum of the sizes before {@code i} in that run: tier by tier, the
     * positions of a tier being a contiguous run.
     */
    static double curve(CompiledBook b, int m, double price, double[] size, double[] prefix, int from, int to) {
        if (from == to) {
            return 0.0;
        }
        final int last = b.tierFirst[m + 1] - 1;
        double total = 0.0;
        int low = from;
        for (int k = b.tierFirst[m]; k <= last; k++) {
            // positions [low, high) are in tier k: |q| price <= cap_k, or every one left in the last tier
            final int high = k == last ? to : firstAbove(size, low, to, price, b.tierCap[k]);
            if (high > low) {
                final double sizes = prefix[high + m] - prefix[low + m];
                total += price * b.tierRate[k] * sizes - b.tierAmount[k] * (high - low);
                low = high;
            }
            if (low == to) {
                break;
            }
        }
        return total;
    }

    /** First index in {@code [from, to)} whose size times {@code price} exceeds {@code cap}, else {@code to}. */
    private static int firstAbove(double[] size, int from, int to, double price, double cap) {
        int lo = from;
        int hi = to;
        while (lo < hi) {
            final int mid = (lo + hi) >>> 1;
            if (size[mid] * price > cap) {
                hi = mid;
            } else {
                lo = mid + 1;
            }
        }
        return lo;
    }
}
