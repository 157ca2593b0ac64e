package org.crossmargin.core.account;

import java.util.List;
import java.util.Objects;
import org.crossmargin.core.market.Checks;

/**
 * One account of a book: its booked margin mode, collateral balances and perpetual positions.
 *
 * @param id         account identifier, unique within a book
 * @param marginMode the mode the account's rows give (used by the {@code booked} run mode)
 * @param collateral collateral balances, at most one per asset
 * @param positions  perpetual positions, at most one per market
 */
public record Account(String id, MarginMode marginMode, List<Collateral> collateral, List<Position> positions) {
    public Account {
        Checks.name("account", id);
        Objects.requireNonNull(marginMode, "marginMode");
        collateral = List.copyOf(collateral);
        positions = List.copyOf(positions);
        if (collateral.stream().map(Collateral::asset).distinct().count() != collateral.size()) {
            throw new IllegalArgumentException("account " + id + ": expected one collateral row per asset");
        }
        if (positions.stream().map(Position::market).distinct().count() != positions.size()) {
            throw new IllegalArgumentException("account " + id + ": expected one position per market");
        }
        if (marginMode == MarginMode.CROSS && positions.stream().anyMatch(p -> p.isolatedMargin().isPresent())) {
            throw new IllegalArgumentException("account " + id + ": isolated_margin given on a cross account");
        }
    }
}
