package org.crossmargin.core.book;

/**
 * The screened hot loop of one {@link PathState}: the exhaustive kernel's results, bit for bit, without evaluating
 * units that provably cannot reach maintenance.
 *
 * <p>Why it is exact. Over a block of steps, market {@code m}'s price stays in {@code [lo_m, hi_m]} (the block's own
 * minimum and maximum, read from the path). A unit's health, equity minus maintenance, is then at least
 * {@code margin + cash + sum_c a_c worst_c + sum_p q_p (worst_p - e_p) - sum_p MM_p(|q_p| hi_p)}: each linear term at
 * its worst corner (a long at {@code lo}, a short at {@code hi}) and each maintenance at its largest notional, since a
 * tier table with non-negative rates makes {@code MM(N)} non-decreasing. When that bound exceeds a rounding margin
 * ({@link #MARGIN} times the size of the terms), the exhaustive loop cannot find the unit at or below maintenance on
 * any step of the block, so the unit is not liquidated, changes nothing and adds nothing to the step's sums: it is
 * skipped. The units whose bound can reach zero are walked step by step, in unit order, through the very method the
 * exhaustive loop uses ({@link CompiledBook#check}), and every step ends with the same settlement; so fees, shortfalls,
 * flows and fund updates happen in the same order with the same operands. A unit liquidated in a block (partially)
 * stays in the walk to the block's end, and the next block bounds it afresh, so tier crossings and partial
 * liquidations are handled exactly where they happen.
 *
 * <p>Two levels: a wide block of {@link #WIDE} steps screens every live unit; units it cannot clear are screened
 * again per narrow block of {@link #NARROW} steps; only those walk step by step. Most units of a calm book pass the
 * wide screen, so the bound costs about one unit evaluation per {@code WIDE} steps.
 *
 * <p>Scratch is allocated once per path state; nothing is allocated per path or per step. Not thread-safe.
 */
final class ScreenedKernel {
    /** Steps per wide block: the first screen (tuned with the JMH benchmarks on the canonical workload). */
    static final int WIDE = 128;
    /** Steps per narrow block: the second screen, within a wide block. */
    static final int NARROW = 16;
    /**
     * Relative rounding margin of the bound. The bound and the exhaustive sums add the same kind of terms in other
     * orders, each sum off by at most about {@code n * 2^-53} of the sum of magnitudes, and a tier boundary can make
     * {@code N rate - amount} non-monotone by a few ulps; 1e-9 of the magnitudes is orders of magnitude above both.
     */
    static final double MARGIN = 1e-9;

    private final CompiledBook book;
    /** Per position: the slot in {@link #range} of its worst price ({@code 2m} = low for a long, {@code 2m + 1} = high). */
    private final int[] positionWorst;
    /** Per position: the slot of its market's high price (largest notional). */
    private final int[] positionHigh;
    /** Per collateral leg: the slot of its worst price (low for a positive amount). */
    private final int[] collateralWorst;
    private final int[] collateralHigh;
    /** Interleaved {@code lo_m, hi_m} of the block being screened. */
    private final double[] range;
    /** Units the wide screen could not clear, in unit order. */
    private final int[] wideFlagged;
    /** Units the narrow screen could not clear, in unit order: they walk step by step. */
    private final int[] narrowFlagged;

    ScreenedKernel(CompiledBook book) {
        this.book = book;
        final int positions = book.positions();
        positionWorst = new int[positions];
        positionHigh = new int[positions];
        for (int p = 0; p < positions; p++) {
            // a position never changes sign (liquidation only shrinks it), so its worst corner is fixed per book
            positionWorst[p] = 2 * book.positionColumn[p] + (book.startQuantity[p] < 0 ? 1 : 0);
            positionHigh[p] = 2 * book.positionColumn[p] + 1;
        }
        final int legs = book.collateralAmount.length;
        collateralWorst = new int[legs];
        collateralHigh = new int[legs];
        for (int c = 0; c < legs; c++) {
            collateralWorst[c] = 2 * book.collateralColumn[c] + (book.collateralAmount[c] < 0 ? 1 : 0);
            collateralHigh[c] = 2 * book.collateralColumn[c] + 1;
        }
        range = new double[2 * book.markets()];
        wideFlagged = new int[book.units()];
        narrowFlagged = new int[book.units()];
    }

    /** Runs steps {@code first..last} (1-based, inclusive) of {@code prices} on {@code s}, screened. */
    void advance(PathState s, double[] prices, int first, int last) {
        final int units = book.units();
        for (int wideFrom = first; wideFrom <= last; wideFrom += WIDE) {
            final int wideTo = Math.min(last, wideFrom + WIDE - 1);
            priceRange(prices, wideFrom, wideTo);
            int wide = 0;
            for (int u = 0; u < units; u++) {
                if (mayTrigger(s, u)) {
                    wideFlagged[wide++] = u;
                }
            }
            for (int from = wideFrom; from <= wideTo; from += NARROW) {
                final int to = Math.min(wideTo, from + NARROW - 1);
                int narrow = 0;
                if (wide > 0) {
                    priceRange(prices, from, to);
                    for (int i = 0; i < wide; i++) {
                        final int u = wideFlagged[i];
                        if (mayTrigger(s, u)) {
                            narrowFlagged[narrow++] = u;
                        }
                    }
                }
                for (int t = from; t <= to; t++) {
                    walk(s, prices, t * book.markets, t, narrow);
                }
            }
        }
    }

    /** One step over the narrow-flagged units only; the same prologue, per-unit check and settlement as a step. */
    private void walk(PathState s, double[] prices, int rowOffset, int step, int count) {
        book.beginStep(s);
        final int[] flagged = narrowFlagged;
        final boolean[] alive = s.alive;
        for (int i = 0; i < count; i++) {
            final int u = flagged[i];
            if (alive[u]) {
                book.check(s, u, prices, rowOffset, step);
            }
        }
        book.endStep(s);
    }

    /** Fills {@link #range} with each market's lowest and highest price over rows {@code from..to}. */
    private void priceRange(double[] prices, int from, int to) {
        final int markets = book.markets;
        final double[] r = range;
        for (int m = 0; m < markets; m++) {
            final double price = prices[from * markets + m];
            r[2 * m] = price;
            r[2 * m + 1] = price;
        }
        for (int t = from + 1, row = (from + 1) * markets; t <= to; t++, row += markets) {
            for (int m = 0; m < markets; m++) {
                final double price = prices[row + m];
                r[2 * m] = Math.min(r[2 * m], price);
                r[2 * m + 1] = Math.max(r[2 * m + 1], price);
            }
        }
    }

    /**
     * False when live unit {@code u} provably stays above maintenance at every price in {@link #range} (see the
     * class comment); true when it may not, or could: then it must be walked. Dead units and units without positions
     * never trigger.
     */
    private boolean mayTrigger(PathState s, int u) {
        final CompiledBook b = book;
        final int firstPos = b.firstPosition[u];
        final int endPos = b.firstPosition[u + 1];
        if (!s.alive[u] || firstPos == endPos) {
            return false;
        }
        final double[] r = range;
        double low = b.unitMargin[u] + s.cash[u];
        double size = Math.abs(b.unitMargin[u]) + Math.abs(s.cash[u]);
        final double[] amount = b.collateralAmount;
        for (int c = b.firstCollateral[u]; c < b.firstCollateral[u + 1]; c++) {
            low += amount[c] * r[collateralWorst[c]];
            size += Math.abs(amount[c]) * r[collateralHigh[c]];
        }
        double maintenance = 0.0;
        final double[] q = s.quantity;
        final double[] entry = b.entryPrice;
        final int[] column = b.positionColumn;
        for (int p = firstPos; p < endPos; p++) {
            final double quantity = q[p];
            final double size1 = Math.abs(quantity);
            final double high = r[positionHigh[p]];
            low += quantity * (r[positionWorst[p]] - entry[p]);
            size += size1 * (high + entry[p]);
            // a zero quantity adds 0: MM(0) = 0 * rate_1 - 0
            maintenance += b.maintenance(column[p], size1 * high);
        }
        return low - maintenance <= MARGIN * (size + maintenance);
    }
}
