package org.crossmargin.core.book;

/**
 * The liquidation of one unit of a {@link CompiledBook}, out of the step loop because it is rare (a unit dies once;
 * partial liquidation touches it a few times). Same rules and the same order of sums as
 * {@link org.crossmargin.core.liquidation.FullLiquidation} and
 * {@link org.crossmargin.core.liquidation.PartialLiquidation}; the mode is a final field of the book, fixed per run,
 * so the choice costs one predictable branch per event, never one per position-step. Fills are the mark times the
 * state's per-market fill factor (1.0 unless {@link ImpactPathRunner} sets {@code exp(I / 2)}) times the slippage
 * factor. Allocates nothing.
 */
final class CompiledLiquidation {
    private CompiledLiquidation() {
    }

    /** Liquidates unit {@code u}, whose {@code equity} is at or below maintenance, and books the event. */
    static void liquidate(CompiledBook b, PathState s, int u, double[] prices, int off, int step, double equity) {
        if (s.journal != null) {
            s.journal.record(s, u); // market impact only: the step may be re-run with corrected fills
        }
        s.flowDirty = true; // the next step must clear the flow this event writes
        s.touch(u); // the report's totals take this unit's start contribution out
        if (b.partial && equity > 0.0) {
            partial(b, s, u, prices, off);
        } else {
            closeAll(b, s, u, prices, off, 0.0, 0.0, 0.0);
        }
        final double fees = s.eventFees;
        final double shortfall = s.eventShortfall;
        final double notional = s.eventNotional;
        s.stepFees += fees;
        s.stepShortfall += shortfall;
        s.liquidatedNotional += notional;
        final int a = b.unitAccount[u];
        s.accountFees[a] += fees;
        s.accountShortfall[a] += shortfall;
        if (!s.accountLiquidated[a]) {
            s.accountLiquidated[a] = true;
            s.accountFirstStep[a] = step;
            s.liquidatedAccounts++;
        }
        if (s.firstLiquidationStep < 0) {
            s.firstLiquidationStep = step;
        }
    }

    /** Partial rules: largest maintenance first, a fraction each, until above maintenance or out of equity. */
    private static void partial(CompiledBook b, PathState s, int u, double[] prices, int off) {
        final double[] q = s.quantity;
        final int[] order = s.order;
        final double[] key = s.orderKey;
        int open = 0;
        for (int p = b.firstPosition[u]; p < b.firstPosition[u + 1]; p++) {
            if (q[p] == 0.0) {
                continue;
            }
            final double mm = b.maintenance(b.positionColumn[p], Math.abs(q[p]) * prices[off + b.positionColumn[p]]);
            // insertion sort, descending; strictly smaller keys move right, so ties keep the lower index first
            int j = open++;
            while (j > 0 && key[j - 1] < mm) {
                key[j] = key[j - 1];
                order[j] = order[j - 1];
                j--;
            }
            key[j] = mm;
            order[j] = p;
        }
        double fees = 0.0;
        double notional = 0.0;
        for (int i = 0; i < open; i++) {
            final int p = order[i];
            final int column = b.positionColumn[p];
            final double mark = prices[off + column];
            final double closed = b.partialFraction * q[p];
            // impact's fill factor first (1.0 without impact), then the venue's slippage
            final double impacted = mark * s.fillFactor[column];
            final double fill = closed > 0 ? impacted * b.longFill : impacted * b.shortFill;
            s.cash[u] += closed * (fill - b.entryPrice[p]);
            q[p] -= closed;
            s.flow[column] += closed * mark;
            notional += Math.abs(closed) * mark;
            final double fee = b.feeRate * Math.abs(closed) * mark;
            if (!(fee < b.unitEquity(s, u, prices, off))) {
                // the fee would take all that is left: close the rest in full, this slice charged with it
                closeAll(b, s, u, prices, off, fees, notional, Math.abs(closed) * mark);
                return;
            }
            s.cash[u] -= fee;
            fees += fee;
            final double equity = b.unitEquity(s, u, prices, off);
            if (equity > b.unitMaintenance(s, u, prices, off)) {
                break;
            }
        }
        s.eventFees = fees;
        s.eventShortfall = 0.0;
        s.eventNotional = notional;
    }

    /**
     * Full rules: everything at the fill price; fee (on the rest plus {@code unchargedNotional}, a partial slice of
     * this step whose fee was not taken) capped at what is left; the rest is shortfall; unit dies.
     */
    private static void closeAll(CompiledBook b, PathState s, int u, double[] prices, int off,
                                 double earlierFees, double earlierNotional, double unchargedNotional) {
        final double[] q = s.quantity;
        double equityAfter = 0.0;
        for (int c = b.firstCollateral[u]; c < b.firstCollateral[u + 1]; c++) {
            equityAfter += b.collateralAmount[c] * prices[off + b.collateralColumn[c]];
        }
        equityAfter += b.unitMargin[u];
        equityAfter += s.cash[u];
        double notional = 0.0;
        for (int p = b.firstPosition[u]; p < b.firstPosition[u + 1]; p++) {
            final double quantity = q[p];
            if (quantity != 0.0) {
                final int column = b.positionColumn[p];
                final double mark = prices[off + column];
                final double impacted = mark * s.fillFactor[column];
                final double fill = quantity > 0 ? impacted * b.longFill : impacted * b.shortFill;
                equityAfter += quantity * (fill - b.entryPrice[p]);
                notional += Math.abs(quantity) * mark;
                s.flow[column] += quantity * mark;
                q[p] = 0.0;
            }
        }
        final double fee = Math.min(b.feeRate * (notional + unchargedNotional), Math.max(equityAfter, 0.0));
        s.kept[u] = Math.max(equityAfter - fee, 0.0);
        s.die(u);
        s.eventFees = earlierFees + fee;
        s.eventShortfall = Math.max(-equityAfter, 0.0);
        s.eventNotional = earlierNotional + notional;
    }
}
