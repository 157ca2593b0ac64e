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
 * skipped. The units whose bound can reach zero are walked step by step, in unit order, with the exhaustive
 * kernel's per-unit sums in its order, and every step begins and ends with the same settlement; so fees, shortfalls,
 * flows and fund updates happen in the same order with the same operands. A unit liquidated in a block (partially)
 * stays in the walk to the block's end, and the next block bounds it afresh, so tier crossings and partial
 * liquidations are handled exactly where they happen.
 *
 * <p>Hierarchical, over the block tree of {@link PriceRanges}: the whole stretch of steps asked for is screened
 * first, every live unit against the price range of the whole stretch; each of its parts then screens only the units
 * its parent could not clear, against its own narrower range; and so on down to the leaves, whose remaining units
 * walk step by step. Blocks are visited in time order, so each screen sees the units as they stand at its first step
 * (a unit its parent cleared cannot have changed since). A block left with nobody to walk is skipped whole: a step
 * without liquidations settles nothing (the fund takes 0 fees and absorbs 0 shortfall, bit for bit), so only the
 * last step's liquidation flow is cleared, as the next step would. A calm book costs about one bound per unit per
 * path; a crash narrows down to the blocks around it.
 *
 * <p>Scratch is allocated once per path state (a candidate list per depth, on first use); nothing is allocated per
 * path or per step. Not thread-safe.
 */
final class ScreenedKernel {
    /**
     * Relative rounding margin of the bound. The bound and the exhaustive sums add the same kind of terms in other
     * orders, each sum off by at most about {@code n * 2^-53} of the sum of magnitudes, and a tier boundary can make
     * {@code N rate - amount} non-monotone by a few ulps; 1e-9 of the magnitudes is orders of magnitude above both.
     */
    static final double MARGIN = 1e-9;
    /** Depths with candidate lists: with 4 parts a level, 32 levels cover far more than 2^31 steps. */
    private static final int MAX_DEPTH = 32;

    private final CompiledBook book;
    /** Per position: the slot in a block's ranges of its worst price: low {@code m} (long), high {@code M + m}. */
    private final int[] positionWorst;
    /** Per position: the slot of its market's high price (largest notional). */
    private final int[] positionHigh;
    /** Per collateral leg: the slot of its worst price (low for a positive amount). */
    private final int[] collateralWorst;
    private final int[] collateralHigh;
    /** The block tree's ranges of a stretch screened without shared ranges ({@link #advance}). */
    private final PriceRanges ownRanges;
    /** Root shortcuts for the scales of the ranges last given, found on first use. */
    private SafeRadii radii;
    /** Per depth: the units the block being screened at that depth could not clear, in unit order. */
    private final int[][] flagged = new int[MAX_DEPTH][];
    /** Told after each step of the current {@link #advance}, or null. */
    private StepObserver observer;
    /** {@code 0 .. units - 1}: the candidates of the top block. */
    private final int[] everyUnit;
    /** Per position: a tier hint of the bounds' largest notionals, apart from the steps' hints so neither thrashes. */
    private final int[] boundTier;
    /** Per unit: exactly one position and no collateral leg (every isolated unit), bounded without loops. */
    private final boolean[] single;

    ScreenedKernel(CompiledBook book) {
        this.book = book;
        final int positions = book.positions();
        positionWorst = new int[positions];
        positionHigh = new int[positions];
        for (int p = 0; p < positions; p++) {
            // a position never changes sign (liquidation only shrinks it), so its worst corner is fixed per book
            positionWorst[p] = book.positionColumn[p] + (book.startQuantity[p] < 0 ? book.markets : 0);
            positionHigh[p] = book.markets + book.positionColumn[p];
        }
        final int legs = book.collateralAmount.length;
        collateralWorst = new int[legs];
        collateralHigh = new int[legs];
        for (int c = 0; c < legs; c++) {
            collateralWorst[c] = book.collateralColumn[c] + (book.collateralAmount[c] < 0 ? book.markets : 0);
            collateralHigh[c] = book.markets + book.collateralColumn[c];
        }
        ownRanges = new PriceRanges(book.markets());
        boundTier = new int[positions];
        book.firstTiers(boundTier);
        single = new boolean[book.units()];
        for (int u = 0; u < single.length; u++) {
            single[u] = book.firstPosition[u + 1] - book.firstPosition[u] == 1
                    && book.firstCollateral[u + 1] == book.firstCollateral[u];
        }
        everyUnit = new int[book.units()];
        for (int u = 0; u < everyUnit.length; u++) {
            everyUnit[u] = u;
        }
    }

    /**
     * Runs steps {@code first..last} (1-based, inclusive) of {@code prices} on {@code s}, screened against
     * {@code ranges} (built from these prices for exactly these steps) or, when null, against ranges built here;
     * telling {@code stepObserver} (when not null) after each step. {@code fresh} says that {@code s} was just
     * reset, so that units may be cleared at the root by their {@link SafeRadii} when {@code ranges} has scales.
     */
    void advance(PathState s, double[] prices, int first, int last, PriceRanges ranges, StepObserver stepObserver,
                 boolean fresh) {
        if (first > last) {
            return;
        }
        PriceRanges tree = ranges;
        if (tree == null) {
            ownRanges.build(prices, first, last);
            tree = ownRanges;
        } else if (tree.markets() != book.markets || !tree.covers(first, last)) {
            throw new IllegalArgumentException("price ranges built for other steps or markets than " + first + ".."
                    + last + " of " + book.markets + " markets");
        }
        double cleared = Double.POSITIVE_INFINITY;
        if (fresh && tree.scales() != null) {
            if (radii == null || !radii.scaledBy(tree.scales())) {
                radii = SafeRadii.of(this, book, s, tree.scales()); // once per worker and book
            }
            // the slack keeps a path exactly at a unit's radius on the bounded side
            cleared = radii.distance(book, tree.values(), tree.offset(PriceRanges.root())) * (1 + 1e-9);
        }
        observer = stepObserver;
        try {
            screen(s, prices, tree, PriceRanges.root(), 0, everyUnit, everyUnit.length, cleared);
        } finally {
            observer = null;
        }
    }

    /**
     * The steps of block {@code node} for the candidates {@code parent[0 .. parentCount)}: screens them against the
     * block's price range, then walks the rest (a leaf) or recurses into the block's parts in time order, or skips
     * the block when nobody is left.
     */
    private void screen(PathState s, double[] prices, PriceRanges tree, int node, int depth, int[] parent,
                        int parentCount, double cleared) {
        int[] mine = flagged[depth];
        if (mine == null) {
            mine = new int[everyUnit.length]; // once per depth and worker, on the first path that reaches it
            flagged[depth] = mine;
        }
        int count = 0;
        if (parentCount > 0) {
            final double[] r = tree.values();
            final int base = tree.offset(node);
            for (int i = 0; i < parentCount; i++) {
                final int u = parent[i];
                if (cleared < Double.POSITIVE_INFINITY && radii.of(u) > cleared) {
                    continue; // at the root of a fresh path: within the unit's safe radius
                }
                if (single[u] ? mayTriggerSingle(s, u, r, base) : mayTrigger(s, u, r, base)) {
                    mine[count++] = u;
                }
            }
        }
        final int from = tree.from(node);
        final int to = tree.to(node);
        if (count == 0) {
            idle(s, prices, from, to);
        } else if (tree.isLeaf(node)) {
            for (int t = from; t <= to; t++) {
                walk(s, prices, t * book.markets, t, mine, count);
            }
        } else {
            final int child = tree.firstChild(node);
            for (int c = child; c < child + tree.childCount(node); c++) {
                screen(s, prices, tree, c, depth + 1, mine, count, Double.POSITIVE_INFINITY);
            }
        }
    }

    /**
     * Steps {@code from..to} with no unit to check: what stepping them would leave is the state after one step's
     * prologue (the flow and the step's fees and shortfall cleared), since settling 0 fees and 0 shortfall changes
     * nothing. The observer still hears of every step.
     */
    private void idle(PathState s, double[] prices, int from, int to) {
        book.beginStep(s);
        if (observer != null) {
            for (int t = from; t <= to; t++) {
                observer.afterStep(s, prices, t);
            }
        }
    }

    /** One step over {@code units[0 .. count)} only: the same prologue, unit checks and settlement as a step. */
    private void walk(PathState s, double[] prices, int rowOffset, int step, int[] units, int count) {
        book.beginStep(s);
        checkUnits(s, units, count, prices, rowOffset, step);
        book.endStep(s);
        if (observer != null) {
            observer.afterStep(s, prices, step);
        }
    }

    /**
     * Checks the live units among {@code units[0 .. count)} (ascending) on the row at {@code rowOffset}: each unit's
     * equity (collateral, margin, cash, then positions, in that order) against its maintenance, liquidating it when at
     * or below; the sums and the order of {@link ExhaustiveKernel#step}, unit by unit. One loop in one method: a
     * call per unit would cost as much as the unit's own work.
     */
    private void checkUnits(PathState s, int[] units, int count, double[] prices, int rowOffset, int step) {
        final CompiledBook b = book;
        final double[] q = s.quantity;
        final int[] tier = s.tier;
        final double[] cash = s.cash;
        final boolean[] alive = s.alive;
        final int[] firstPos = b.firstPosition;
        final int[] firstColl = b.firstCollateral;
        final int[] column = b.positionColumn;
        final double[] entry = b.entryPrice;
        for (int i = 0; i < count; i++) {
            final int u = units[i];
            if (!alive[u]) {
                continue;
            }
            double equity = 0.0;
            for (int c = firstColl[u]; c < firstColl[u + 1]; c++) {
                equity += b.collateralAmount[c] * prices[rowOffset + b.collateralColumn[c]];
            }
            equity += b.unitMargin[u];
            equity += cash[u];
            double maintenance = 0.0;
            boolean open = false;
            final int end = firstPos[u + 1];
            for (int p = firstPos[u]; p < end; p++) {
                final double quantity = q[p];
                if (quantity != 0.0) {
                    final double mark = prices[rowOffset + column[p]];
                    equity += quantity * (mark - entry[p]);
                    maintenance += b.maintenance(tier, p, column[p], Math.abs(quantity) * mark);
                    open = true;
                }
            }
            if (open && equity <= maintenance) {
                // rare: a few units per path at most, so it lives out of line (keeps this loop small for the JIT)
                CompiledLiquidation.liquidate(b, s, u, prices, rowOffset, step, equity);
            }
        }
    }

    /**
     * {@link #mayTrigger} of a unit with one position and no collateral, the same operations in the same order
     * without the loops, whose exits mispredict about once a unit (measured: the bound was most of a crash path).
     */
    private boolean mayTriggerSingle(PathState s, int u, double[] r, int base) {
        if (!s.alive[u]) {
            return false;
        }
        final CompiledBook b = book;
        final int p = b.firstPosition[u];
        final double margin = b.unitMargin[u];
        final double cash = s.cash[u];
        final double quantity = s.quantity[p];
        final double size1 = Math.abs(quantity);
        final double high = r[base + positionHigh[p]];
        final double entry = b.entryPrice[p];
        final double low = margin + cash + quantity * (r[base + positionWorst[p]] - entry);
        final double size = Math.abs(margin) + Math.abs(cash) + size1 * (high + entry);
        // CompiledBook#maintenance(int[], int, int, double) written out: C1, which runs short jobs, calls it
        final double notional = size1 * high;
        int k = boundTier[p];
        if (notional > b.tierHigh[k] || notional <= b.tierLow[k]) {
            k = b.tierIndex(b.positionColumn[p], notional);
            boundTier[p] = k;
        }
        final double maintenance = 0.0 + (notional * b.tierRate[k] - b.tierAmount[k]);
        return !(low - maintenance > MARGIN * (size + maintenance));
    }

    /**
     * False when live unit {@code u} provably stays above maintenance at every price of the block at {@code base}
     * of {@code r} (see the class comment); true when it may not, or could: then it must be walked. Dead units and
     * units without positions never trigger.
     */
    boolean mayTrigger(PathState s, int u, double[] r, int base) {
        final CompiledBook b = book;
        final int firstPos = b.firstPosition[u];
        final int endPos = b.firstPosition[u + 1];
        if (!s.alive[u] || firstPos == endPos) {
            return false;
        }
        double low = b.unitMargin[u] + s.cash[u];
        double size = Math.abs(b.unitMargin[u]) + Math.abs(s.cash[u]);
        final double[] amount = b.collateralAmount;
        for (int c = b.firstCollateral[u]; c < b.firstCollateral[u + 1]; c++) {
            low += amount[c] * r[base + collateralWorst[c]];
            size += Math.abs(amount[c]) * r[base + collateralHigh[c]];
        }
        double maintenance = 0.0;
        final double[] q = s.quantity;
        final double[] entry = b.entryPrice;
        final int[] column = b.positionColumn;
        final int[] tiers = boundTier;
        final double[] tierHigh = b.tierHigh;
        final double[] tierLow = b.tierLow;
        final double[] tierRate = b.tierRate;
        final double[] tierAmount = b.tierAmount;
        for (int p = firstPos; p < endPos; p++) {
            final double quantity = q[p];
            final double size1 = Math.abs(quantity);
            final double high = r[base + positionHigh[p]];
            low += quantity * (r[base + positionWorst[p]] - entry[p]);
            size += size1 * (high + entry[p]);
            // a zero quantity adds 0: MM(0) = 0 * rate_1 - 0
            final double notional = size1 * high;
            int k = tiers[p];
            if (notional > tierHigh[k] || notional <= tierLow[k]) { // CompiledBook#maintenance, written out
                k = b.tierIndex(column[p], notional);
                tiers[p] = k;
            }
            maintenance += notional * tierRate[k] - tierAmount[k];
        }
        // written so that a NaN anywhere flags the unit: the exact walk then decides
        return !(low - maintenance > MARGIN * (size + maintenance));
    }
}
