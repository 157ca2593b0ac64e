package org.crossmargin.core.book;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.crossmargin.core.account.Account;
import org.crossmargin.core.market.MarketIndex;

/**
 * A book of accounts in book order (the order liquidations are processed in within a step).
 *
 * @param accounts the accounts, ids unique
 */
public record Book(List<Account> accounts) {
    public Book {
        accounts = List.copyOf(accounts);
        Set<String> ids = new HashSet<>();
        for (Account account : accounts) {
            if (!ids.add(account.id())) {
                throw new IllegalArgumentException("account: expected unique ids, got " + account.id() + " twice");
            }
        }
    }

    /**
     * Compiles this book for the hot loop in run mode {@code mode}: isolated allocations are fixed at
     * {@code startPrices} (one price per market of {@code markets}, each finite and &gt; 0).
     *
     * @throws IllegalArgumentException naming a position market or collateral asset missing from {@code markets}, a
     *                                  position market missing from the venue, or a collateral asset the venue does not
     *                                  accept
     */
    public CompiledBook compile(Venue venue, MarketIndex markets, double[] startPrices, RunMode mode) {
        return new CompiledBook(this, venue, markets, startPrices, java.util.Objects.requireNonNull(mode, "mode"));
    }
}
