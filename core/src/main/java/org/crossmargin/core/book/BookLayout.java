package org.crossmargin.core.book;

import java.util.ArrayList;
import java.util.List;
import org.crossmargin.core.account.Account;
import org.crossmargin.core.account.MarginMode;
import org.crossmargin.core.margin.CrossMargin;
import org.crossmargin.core.margin.IsolatedAllocation;
import org.crossmargin.core.margin.IsolatedMargin;
import org.crossmargin.core.margin.MarginUnit;
import org.crossmargin.core.margin.MarketBinding;
import org.crossmargin.core.market.MarketIndex;

/**
 * A book cut into margin units for one run mode at start prices: units in book order (account order, then position
 * order inside an isolated account), each account's free balance and start value. Both the reference simulation and
 * {@link CompiledBook} start from it, so the allocation of DESIGN §3 is written once.
 */
final class BookLayout {
    final MarketBinding binding;
    final List<MarginUnit> units;
    final double[] freeBalance;
    final double[] startValue;

    private BookLayout(MarketBinding binding, List<MarginUnit> units, double[] freeBalance, double[] startValue) {
        this.binding = binding;
        this.units = units;
        this.freeBalance = freeBalance;
        this.startValue = startValue;
    }

    static BookLayout of(Book book, Venue venue, MarketIndex markets, double[] startPrices, RunMode mode) {
        final MarketBinding binding = venue.bind(markets);
        binding.checkRow("start_prices", startPrices);
        final CrossMargin cross = CrossMargin.of(binding);
        final IsolatedMargin isolated = IsolatedMargin.of(binding);
        final int accounts = book.accounts().size();
        final List<MarginUnit> units = new ArrayList<>();
        final double[] free = new double[accounts];
        final double[] start = new double[accounts];
        for (int a = 0; a < accounts; a++) {
            final Account account = book.accounts().get(a);
            final int first = units.size();
            if (isCross(account, mode)) {
                units.add(cross.unit(a, account));
            } else {
                IsolatedAllocation allocation = IsolatedAllocation.of(account, binding, startPrices);
                for (int i = 0; i < account.positions().size(); i++) {
                    units.add(isolated.unit(a, account.id(), account.positions().get(i), allocation.margin(i)));
                }
                free[a] = allocation.freeBalance();
            }
            double value = 0.0;
            for (int u = first; u < units.size(); u++) {
                value += units.get(u).equity(startPrices);
            }
            value += free[a];
            start[a] = value;
        }
        return new BookLayout(binding, List.copyOf(units), free, start);
    }

    private static boolean isCross(Account account, RunMode mode) {
        return switch (mode) {
            case CROSS -> true;
            case ISOLATED -> false;
            case BOOKED -> account.marginMode() == MarginMode.CROSS;
        };
    }
}
