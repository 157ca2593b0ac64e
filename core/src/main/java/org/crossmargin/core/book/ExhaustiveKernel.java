package org.crossmargin.core.book;

import java.util.Arrays;

/**
 * The exhaustive step of one {@link PathState}: every unit on every step, the reference the screened kernel is
 * proven against, laid out for speed. Instead of a loop per unit over its collateral and positions (whose varying
 * lengths make the loop exits mispredict about once per unit), a step makes flat passes: collateral legs into the
 * units' equity, then margin and cash, then every position into its unit's equity and maintenance, then one compare
 * per unit. Each unit's sums still add the same terms in the same order as {@link CompiledBook#checkUnits}
 * (collateral, margin, cash, then positions, all ascending), and liquidations still happen in unit order after the
 * unit's own sums, which no other unit's liquidation touches: so the results are the same bits. Scratch is per path
 * state; nothing is allocated per step.
 */
final class ExhaustiveKernel {
    private final CompiledBook book;
    private final int[] positionUnit;
    private final int[] collateralUnit;
    private final double[] equity;
    private final double[] maintenance;
    private final boolean[] open;
    /** True when unit {@code u} holds exactly position {@code u}, for every unit: {@link #singles} applies. */
    private final boolean positionPerUnit;

    ExhaustiveKernel(CompiledBook book) {
        this.book = book;
        final int units = book.units();
        positionUnit = new int[book.positions()];
        collateralUnit = new int[book.collateralAmount.length];
        for (int u = 0; u < units; u++) {
            Arrays.fill(positionUnit, book.firstPosition[u], book.firstPosition[u + 1], u);
            Arrays.fill(collateralUnit, book.firstCollateral[u], book.firstCollateral[u + 1], u);
        }
        equity = new double[units];
        maintenance = new double[units];
        open = new boolean[units];
        boolean single = units == book.positions();
        for (int u = 0; u < units && single; u++) {
            single = book.firstPosition[u] == u;
        }
        positionPerUnit = single;
    }

    /**
     * The step of a book whose every unit holds exactly one position (isolated margin): one pass, each unit's sums
     * in registers and checked at once. A unit's liquidation changes only its own quantity, cash and life, none of
     * which another unit's sums read, so checking unit by unit as the sums are made is the same as summing all
     * first: the same terms in the same order as {@link CompiledBook#unitEquity}, liquidations in unit order.
     */
    private void singles(PathState s, double[] prices, int rowOffset, int step) {
        final CompiledBook b = book;
        final double[] q = s.quantity;
        final double[] cash = s.cash;
        final boolean[] alive = s.alive;
        final int[] tier = s.tier;
        final int[] column = b.positionColumn;
        final double[] entry = b.entryPrice;
        final double[] margin = b.unitMargin;
        final int[] firstColl = b.firstCollateral;
        final double[] tierHigh = b.tierHigh;
        final double[] tierLow = b.tierLow;
        final double[] tierRate = b.tierRate;
        final double[] tierAmount = b.tierAmount;
        for (int u = 0; u < q.length; u++) {
            final double quantity = q[u];
            if (quantity == 0.0) {
                continue; // not open (a dead unit's position is closed)
            }
            double equity = 0.0;
            for (int c = firstColl[u]; c < firstColl[u + 1]; c++) {
                equity += b.collateralAmount[c] * prices[rowOffset + b.collateralColumn[c]];
            }
            equity += margin[u];
            equity += cash[u];
            final double mark = prices[rowOffset + column[u]];
            equity += quantity * (mark - entry[u]);
            // CompiledBook#maintenance(int[], int, int, double) written out, its arrays in locals: 20% faster here
            final double notional = Math.abs(quantity) * mark;
            int k = tier[u];
            if (notional > tierHigh[k] || notional <= tierLow[k]) {
                k = b.tierIndex(column[u], notional);
                tier[u] = k;
            }
            final double mm = notional * tierRate[k] - tierAmount[k];
            if (equity <= mm && alive[u]) {
                CompiledLiquidation.liquidate(b, s, u, prices, rowOffset, step, equity);
            }
        }
    }

    /**
     * Fills {@link #equity}, {@link #maintenance} and {@link #open} for every unit on the row at {@code rowOffset}
     * (a dead unit's equity is its collateral, margin and cash, and it is not open): per unit the sums of
     * {@link CompiledBook#unitEquity} and {@link CompiledBook#unitMaintenance}, term for term.
     */
    private void sums(PathState s, double[] prices, int rowOffset) {
        final CompiledBook b = book;
        final double[] eq = equity;
        final double[] mm = maintenance;
        final boolean[] isOpen = open;
        final int units = eq.length;
        Arrays.fill(eq, 0.0);
        Arrays.fill(mm, 0.0);
        Arrays.fill(isOpen, false);
        final double[] amount = b.collateralAmount;
        final int[] collateralColumn = b.collateralColumn;
        final int[] ofLeg = collateralUnit;
        for (int c = 0; c < amount.length; c++) {
            eq[ofLeg[c]] += amount[c] * prices[rowOffset + collateralColumn[c]];
        }
        final double[] margin = b.unitMargin;
        final double[] cash = s.cash;
        for (int u = 0; u < units; u++) {
            eq[u] += margin[u];
            eq[u] += cash[u];
        }
        final double[] q = s.quantity;
        final int[] tier = s.tier;
        final int[] column = b.positionColumn;
        final double[] entry = b.entryPrice;
        final int[] ofPosition = positionUnit;
        for (int p = 0; p < q.length; p++) {
            final double quantity = q[p];
            if (quantity != 0.0) {
                final int u = ofPosition[p];
                final double mark = prices[rowOffset + column[p]];
                eq[u] += quantity * (mark - entry[p]);
                mm[u] += b.maintenance(tier, p, column[p], Math.abs(quantity) * mark);
                isOpen[u] = true;
            }
        }
    }

    /** {@link CompiledBook#step}: every live unit on the row at {@code rowOffset}, liquidations in unit order. */
    void step(PathState s, double[] prices, int rowOffset, int step) {
        final CompiledBook b = book;
        b.beginStep(s);
        if (positionPerUnit) {
            singles(s, prices, rowOffset, step);
            b.endStep(s);
            return;
        }
        sums(s, prices, rowOffset);
        final double[] eq = equity;
        final double[] mm = maintenance;
        final boolean[] isOpen = open;
        final int units = eq.length;
        final boolean[] alive = s.alive;
        for (int u = 0; u < units; u++) {
            if (isOpen[u] && eq[u] <= mm[u] && alive[u]) {
                // rare: a few units per path at most
                CompiledLiquidation.liquidate(b, s, u, prices, rowOffset, step, eq[u]);
            }
        }
        b.endStep(s);
    }
}
