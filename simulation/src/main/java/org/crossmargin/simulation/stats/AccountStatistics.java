package org.crossmargin.simulation.stats;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.crossmargin.core.book.RunMode;

/**
 * One row of {@code accounts.csv}: an account's liquidation probability in one mode, with its Wilson 95% interval,
 * and its mean shortfall and user loss over the paths (quote currency), next to the account's start figures.
 *
 * @param account                account id and start figures
 * @param mode                   the margin mode
 * @param liquidationProbability share of paths on which the account was liquidated (isolated: any position)
 * @param ci95                   Wilson 95% interval of that share
 * @param meanShortfall          the account's shortfall averaged over all paths
 * @param meanUserLoss           the account's user loss averaged over all paths
 */
public record AccountStatistics(AccountInfo account, RunMode mode, double liquidationProbability,
                                WilsonInterval ci95, double meanShortfall, double meanUserLoss) {
    public AccountStatistics {
        Objects.requireNonNull(account, "account");
        Objects.requireNonNull(mode, "mode");
        Objects.requireNonNull(ci95, "ci95");
        if (!(liquidationProbability >= 0 && liquidationProbability <= 1)) {
            throw new IllegalArgumentException("liquidation_probability: expected a probability, got "
                    + liquidationProbability);
        }
    }

    /**
     * The rows of {@code run}, one per account in book order.
     *
     * @param run      a filled run
     * @param accounts the book's accounts in book order, as many as the run has
     */
    public static List<AccountStatistics> of(ModeRun run, List<AccountInfo> accounts) {
        if (accounts.size() != run.accounts()) {
            throw new IllegalArgumentException("accounts: expected " + run.accounts() + ", got " + accounts.size());
        }
        final AccountTotals totals = run.accountTotals();
        final long paths = run.paths();
        final List<AccountStatistics> rows = new ArrayList<>(accounts.size());
        for (int a = 0; a < accounts.size(); a++) {
            final long count = totals.liquidationCount(a);
            if (count > paths) {
                throw new IllegalStateException("account " + accounts.get(a).id() + ": liquidated on " + count
                        + " of " + paths + " paths; were blocks merged twice?");
            }
            rows.add(new AccountStatistics(accounts.get(a), run.mode(), (double) count / paths,
                    WilsonInterval.of(count, paths), totals.shortfallSum(a) / paths, totals.userLossSum(a) / paths));
        }
        return List.copyOf(rows);
    }
}
