package org.crossmargin.simulation.scenario;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.regex.Pattern;
import org.crossmargin.core.account.Account;
import org.crossmargin.core.account.Collateral;
import org.crossmargin.core.account.MarginMode;
import org.crossmargin.core.account.Position;
import org.crossmargin.core.book.Book;

/** The rows of a book file being validated one by one and grouped into accounts in first-appearance order. */
final class BookRows {
    /**
     * A plain decimal number. {@code Double.parseDouble} alone would also take {@code NaN}, {@code Infinity},
     * {@code 0x1p3} and {@code 1.5d}, none of which belongs in a book.
     */
    private static final Pattern NUMBER = Pattern.compile("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][+-]?\\d+)?");
    private static final int ACCOUNT = 0;
    private static final int MODE = 1;
    private static final int TYPE = 2;
    private static final int ASSET = 3;
    private static final int QUANTITY = 4;
    private static final int ENTRY = 5;
    private static final int MARGIN = 6;

    private final ProblemLog log;
    private final Map<String, Holdings> accounts = new LinkedHashMap<>();
    private final Map<String, Integer> holdings = new HashMap<>();
    private final List<BookRow> rows = new ArrayList<>();
    private final int before;

    /** The rows of one account: its mode as its first row gives it, and where that row stands. */
    private static final class Holdings {
        final MarginMode mode;
        final int line;
        final List<Collateral> collateral = new ArrayList<>();
        final List<Position> positions = new ArrayList<>();

        Holdings(MarginMode mode, int line) {
            this.mode = mode;
            this.line = line;
        }
    }

    BookRows(ProblemLog log) {
        this.log = log;
        this.before = log.count();
    }

    /**
     * Validates one row and adds it to its account.
     *
     * @param fields  the row's fields in {@link BookLoader#COLUMNS} order, stripped
     * @param columns for each field, its 0-based column in the file
     */
    void add(int line, String[] fields, int[] columns) {
        final int rowBefore = log.count();
        String account = fields[ACCOUNT];
        if (account.isEmpty()) {
            problem(line, columns, ACCOUNT, "expected an account id, got nothing");
        }
        MarginMode mode = switch (fields[MODE]) {
            case "cross" -> MarginMode.CROSS;
            case "isolated" -> MarginMode.ISOLATED;
            default -> {
                problem(line, columns, MODE, "expected cross or isolated, got \"" + fields[MODE] + "\"");
                yield null;
            }
        };
        boolean perpetual = fields[TYPE].equals("perpetual");
        if (!perpetual && !fields[TYPE].equals("collateral")) {
            problem(line, columns, TYPE, DidYouMean.unknown("type \"" + fields[TYPE] + "\"", fields[TYPE],
                    List.of("collateral", "perpetual")));
        }
        String asset = fields[ASSET];
        if (asset.isEmpty()) {
            problem(line, columns, ASSET, "expected a market or collateral asset, got nothing");
        }
        Double quantity = number(line, columns, QUANTITY, fields[QUANTITY]);
        Double entry = fields[ENTRY].isEmpty() ? null : number(line, columns, ENTRY, fields[ENTRY]);
        Double margin = fields[MARGIN].isEmpty() ? null : number(line, columns, MARGIN, fields[MARGIN]);
        if (log.count() != rowBefore) {
            return;
        }
        if (perpetual) {
            checkPerpetual(line, columns, fields, quantity, entry, margin, mode);
        } else {
            checkCollateral(line, columns, fields, quantity, margin);
        }
        checkAccount(line, columns, fields, mode, perpetual);
        rows.add(new BookRow(line, account, perpetual, asset, columns[ASSET] + 1));
        if (log.count() != rowBefore) {
            return;
        }
        Holdings holding = accounts.get(account);
        if (perpetual) {
            holding.positions.add(new Position(asset, quantity, entry,
                    margin == null ? OptionalDouble.empty() : OptionalDouble.of(margin)));
        } else {
            holding.collateral.add(new Collateral(asset, quantity));
        }
    }

    private void checkPerpetual(int line, int[] columns, String[] fields, double quantity, Double entry,
                                Double margin, MarginMode mode) {
        if (quantity == 0) {
            problem(line, columns, QUANTITY, "expected a signed quantity other than 0 (long > 0, short < 0), got "
                    + fields[QUANTITY]);
        }
        if (entry == null) {
            problem(line, columns, ENTRY, "missing entry price; expected a price > 0 on a perpetual row");
        } else if (!(entry > 0 && entry < Double.POSITIVE_INFINITY)) {
            problem(line, columns, ENTRY, "expected a price > 0, got " + fields[ENTRY]);
        }
        if (margin != null && mode == MarginMode.CROSS) {
            problem(line, columns, MARGIN, "expected isolated_margin only on isolated rows, got " + fields[MARGIN]
                    + " on a cross row");
        } else if (margin != null && !(margin >= 0 && margin < Double.POSITIVE_INFINITY)) {
            problem(line, columns, MARGIN, "expected a margin >= 0 (quote currency), got " + fields[MARGIN]);
        }
    }

    private void checkCollateral(int line, int[] columns, String[] fields, double quantity, Double margin) {
        if (!(quantity > 0 && quantity < Double.POSITIVE_INFINITY)) {
            problem(line, columns, QUANTITY, "expected a quantity > 0 (a collateral balance), got "
                    + fields[QUANTITY]);
        }
        if (!fields[ENTRY].isEmpty()) {
            problem(line, columns, ENTRY, "expected no entry price on a collateral row, got " + fields[ENTRY]);
        }
        if (margin != null) {
            problem(line, columns, MARGIN, "expected no isolated_margin on a collateral row, got " + fields[MARGIN]);
        }
    }

    /** The account-level rules: one margin mode per account, one row per (account, type, asset). */
    private void checkAccount(int line, int[] columns, String[] fields, MarginMode mode, boolean perpetual) {
        String account = fields[ACCOUNT];
        Holdings holding = accounts.computeIfAbsent(account, id -> new Holdings(mode, line));
        if (holding.mode != mode) {
            problem(line, columns, MODE, "account " + account + " is " + label(holding.mode) + " on line "
                    + holding.line + "; expected the same margin_mode on every row of an account, got "
                    + fields[MODE]);
        }
        String type = perpetual ? "perpetual" : "collateral";
        Integer first = holdings.putIfAbsent(account + "\u0000" + type + "\u0000" + fields[ASSET], line);
        if (first != null) {
            problem(line, columns, ASSET, "account " + account + " already has a " + type + " " + fields[ASSET]
                    + " row on line " + first + "; expected one row per account, type and asset");
        }
    }

    private Double number(int line, int[] columns, int field, String text) {
        if (!NUMBER.matcher(text).matches()) {
            problem(line, columns, field, "expected a number, got \"" + text + "\"");
            return null;
        }
        double value = Double.parseDouble(text);
        if (!Double.isFinite(value)) {
            problem(line, columns, field, "expected a finite number, got " + text);
            return null;
        }
        return value;
    }

    private void problem(int line, int[] columns, int field, String message) {
        log.add(line, columns[field] + 1, BookLoader.COLUMNS.get(field), message);
    }

    private static String label(MarginMode mode) {
        return mode == MarginMode.CROSS ? "cross" : "isolated";
    }

    /** Every row that parsed, in file order. */
    List<BookRow> rows() {
        return List.copyOf(rows);
    }

    /** The book, or null when any row had a problem (or there was none). */
    Book book() {
        if (accounts.isEmpty() && log.count() == before) {
            log.add(1, 0, "(book)", "expected at least one row after the header, got none");
        }
        if (log.count() != before) {
            return null;
        }
        List<Account> built = new ArrayList<>();
        for (Map.Entry<String, Holdings> entry : accounts.entrySet()) {
            Holdings holding = entry.getValue();
            built.add(new Account(entry.getKey(), holding.mode, holding.collateral, holding.positions));
        }
        return new Book(built);
    }
}
