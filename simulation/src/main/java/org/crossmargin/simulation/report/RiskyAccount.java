package org.crossmargin.simulation.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One row of the riskiest-accounts table: an account's liquidation probability and mean shortfall in every mode.
 *
 * @param account    account id
 * @param leverage   leverage as printed, e.g. {@code 12.0x}
 * @param collateral collateral mix as printed, e.g. {@code USDT + BTC}
 * @param cells      per mode, in run order
 */
record RiskyAccount(String account, String leverage, String collateral, List<Cell> cells) {
    /** How many rows the table shows. */
    static final int SHOWN = 20;

    RiskyAccount {
        Objects.requireNonNull(account, "account");
        Objects.requireNonNull(leverage, "leverage");
        Objects.requireNonNull(collateral, "collateral");
        cells = List.copyOf(cells);
    }

    /**
     * One mode's cells of the row, as printed.
     *
     * @param probability liquidation probability with its Wilson 95% interval, e.g. {@code 41.0% (36.2%–45.9%)}
     * @param shortfall   mean shortfall the account left, e.g. {@code $1.2k}
     */
    record Cell(String probability, String shortfall) {
    }

    /**
     * The {@link #SHOWN} riskiest accounts of {@code folder}: highest liquidation probability in any mode first,
     * then highest mean shortfall summed over modes, then book order.
     */
    static List<RiskyAccount> of(OutputFolder folder) {
        List<String> modes = folder.summary().modes();
        Map<String, List<AccountRow>> byAccount = new LinkedHashMap<>();
        for (String mode : modes) {
            for (AccountRow row : folder.accountsOf(mode)) {
                byAccount.computeIfAbsent(row.account(), a -> new ArrayList<>()).add(row);
            }
        }
        Comparator<List<AccountRow>> risk = Comparator
                .comparingDouble((List<AccountRow> rows) -> rows.stream()
                        .mapToDouble(AccountRow::liquidationProbability).max().orElse(0))
                .thenComparingDouble(rows -> rows.stream().mapToDouble(AccountRow::meanShortfall).sum())
                .reversed();
        // a stable sort keeps book order among equals
        return byAccount.values().stream().sorted(risk).limit(SHOWN).map(RiskyAccount::row).toList();
    }

    private static RiskyAccount row(List<AccountRow> rows) {
        AccountRow first = rows.get(0);
        List<Cell> cells = new ArrayList<>();
        for (AccountRow row : rows) {
            cells.add(new Cell(Formats.probability(row.liquidationProbability()) + " ("
                    + Formats.probability(row.ciLow()) + "\u2013" + Formats.probability(row.ciHigh()) + ")",
                    Formats.money(row.meanShortfall())));
        }
        String leverage = first.leverage().isPresent() ? Formats.decimal(first.leverage().getAsDouble(), 1) + "x"
                : "no equity";
        String collateral = first.collateral().isEmpty() ? "none" : String.join(" + ", first.collateral());
        return new RiskyAccount(first.account(), leverage, collateral, cells);
    }
}
