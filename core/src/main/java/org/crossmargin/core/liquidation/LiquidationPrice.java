package org.crossmargin.core.liquidation;

import java.util.OptionalDouble;
import org.crossmargin.core.account.Account;
import org.crossmargin.core.account.Position;
import org.crossmargin.core.margin.CrossMargin;
import org.crossmargin.core.margin.MarketBinding;
import org.crossmargin.core.market.MaintenanceSchedule;

/**
 * Liquidation price of one position with everything else held fixed, in the closed form the large venues publish
 * (Binance USDⓈ-M, one-way mode):
 * {@code LP = (WB - TMM1 + UPNL1 + cum - side |q| EP) / (|q| MMR - side |q|)}, quote currency, where {@code WB} is the
 * wallet balance (haircut collateral value), {@code TMM1} and {@code UPNL1} the maintenance margin and unrealised PnL
 * of all other positions, {@code MMR} and {@code cum} the maintenance rate and amount of the position's tier. In
 * isolated mode {@code WB} is the position's margin and {@code TMM1 = UPNL1 = 0}.
 *
 * <p>It solves {@code equity(S) = MM(S)} with {@code equity = WB + UPNL1 + q (S - EP)} and {@code MM = TMM1 + |q| S
 * MMR - cum}. The tier depends on the answer, so the formula is solved within each tier and the one candidate whose
 * notional {@code |q| LP} lies in that tier is kept. Health {@code equity - MM} is strictly monotone in {@code S}
 * (slope {@code q - |q| MMR}), so at most one tier's candidate is consistent.
 */
public final class LiquidationPrice {
    /** Relative slack at tier edges: both neighbouring candidates agree there (margin is continuous). */
    private static final double EDGE = 1e-12;

    private LiquidationPrice() {
    }

    /**
     * The price at which equity meets maintenance, or empty when no price &gt; 0 does (a long whose other funds
     * cover any fall, a short already past its trigger at any price).
     *
     * @param walletBalance     WB, quote currency
     * @param otherMaintenance  TMM1, quote currency (0 in isolated mode)
     * @param otherPnl          UPNL1, quote currency (0 in isolated mode)
     * @param quantity          signed quantity of the position, not 0
     * @param entryPrice        entry price EP
     * @param schedule          the position market's tiers
     */
    public static OptionalDouble solve(double walletBalance, double otherMaintenance, double otherPnl,
                                       double quantity, double entryPrice, MaintenanceSchedule schedule) {
        final double size = Math.abs(quantity);
        if (!(size > 0 && size < Double.POSITIVE_INFINITY)) {
            throw new IllegalArgumentException("quantity: expected a finite number other than 0, got " + quantity);
        }
        final int last = schedule.tierCount() - 1;
        for (int k = 0; k <= last; k++) {
            final double denominator = size * schedule.maintenanceRate(k) - quantity;
            if (denominator == 0.0) {
                continue; // a long at 100% maintenance in this tier: health does not depend on S here
            }
            final double price = (walletBalance - otherMaintenance + otherPnl + schedule.maintenanceAmount(k)
                    - quantity * entryPrice) / denominator;
            if (!(price > 0 && price < Double.POSITIVE_INFINITY)) {
                continue;
            }
            final double notional = size * price;
            final double lower = k == 0 ? 0.0 : schedule.cap(k - 1);
            final double upper = k == last ? Double.POSITIVE_INFINITY : schedule.cap(k);
            if (notional > lower * (1 - EDGE) && notional <= upper * (1 + EDGE)) {
                return OptionalDouble.of(price);
            }
        }
        return OptionalDouble.empty();
    }

    /** Liquidation price of a position on its own {@code margin} (quote currency). */
    public static OptionalDouble isolated(double margin, double quantity, double entryPrice,
                                          MaintenanceSchedule schedule) {
        return solve(margin, 0.0, 0.0, quantity, entryPrice, schedule);
    }

    /**
     * Liquidation price of {@code account}'s position in {@code market} in cross mode, with the collateral, the other
     * positions and their marks held at {@code row}.
     */
    public static OptionalDouble cross(Account account, String market, MarketBinding binding, double[] row) {
        Position target = null;
        double otherMaintenance = 0.0;
        double otherPnl = 0.0;
        for (Position p : account.positions()) {
            final double mark = row[binding.column(p.market())];
            if (p.market().equals(market)) {
                target = p;
            } else {
                otherMaintenance += binding.schedule(p.market()).maintenanceMargin(p.notional(mark));
                otherPnl += p.unrealizedPnl(mark);
            }
        }
        if (target == null) {
            throw new IllegalArgumentException("market: account " + account.id() + " has no position in " + market);
        }
        final double wallet = CrossMargin.of(binding).collateralValue(account, row);
        return solve(wallet, otherMaintenance, otherPnl, target.quantity(), target.entryPrice(),
                binding.schedule(market));
    }
}
