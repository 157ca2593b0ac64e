package org.crossmargin.core.book;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.crossmargin.core.account.Account;

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
}
