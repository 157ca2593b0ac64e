package org.crossmargin.core.book;

import java.util.List;
import org.crossmargin.core.margin.CollateralLeg;
import org.crossmargin.core.margin.MarginUnit;
import org.crossmargin.core.margin.UnitPosition;

/**
 * The units of a {@link BookLayout} flattened into arrays: positions sorted by unit and units by account, so a unit
 * is the slice {@code firstPosition[u] .. firstPosition[u + 1]} (collateral legs likewise) and an account the slice
 * of units {@code firstUnit[a] .. firstUnit[a + 1]}.
 */
final class FlatUnits {
    final String[] accountId;
    final int[] firstUnit;
    final String[] unitLabel;
    final int[] unitAccount;
    final int[] firstPosition;
    final int[] firstCollateral;
    final double[] unitMargin;
    final int maxPositionsPerUnit;
    final int[] positionColumn;
    final double[] startQuantity;
    final double[] entryPrice;
    final int[] collateralColumn;
    final double[] collateralAmount;

    FlatUnits(Book book, BookLayout layout) {
        final int accounts = book.accounts().size();
        final List<MarginUnit> units = layout.units;
        accountId = new String[accounts];
        firstUnit = new int[accounts + 1];
        for (int a = 0; a < accounts; a++) {
            accountId[a] = book.accounts().get(a).id();
        }
        final int unitCount = units.size();
        unitLabel = new String[unitCount];
        unitAccount = new int[unitCount];
        firstPosition = new int[unitCount + 1];
        firstCollateral = new int[unitCount + 1];
        unitMargin = new double[unitCount];
        int positions = 0;
        int legs = 0;
        int widest = 1;
        for (MarginUnit unit : units) {
            positions += unit.positions().size();
            legs += unit.collateral().size();
            widest = Math.max(widest, unit.positions().size());
        }
        maxPositionsPerUnit = widest;
        positionColumn = new int[positions];
        startQuantity = new double[positions];
        entryPrice = new double[positions];
        collateralColumn = new int[legs];
        collateralAmount = new double[legs];
        int p = 0;
        int c = 0;
        for (int u = 0; u < unitCount; u++) {
            final MarginUnit unit = units.get(u);
            unitLabel[u] = unit.label();
            unitAccount[u] = unit.account();
            unitMargin[u] = unit.margin();
            firstPosition[u] = p;
            firstCollateral[u] = c;
            for (int i = 0; i < unit.positions().size(); i++, p++) {
                final UnitPosition position = unit.positions().get(i);
                positionColumn[p] = position.column();
                startQuantity[p] = unit.quantity(i);
                entryPrice[p] = position.entryPrice();
            }
            for (CollateralLeg leg : unit.collateral()) {
                collateralColumn[c] = leg.column();
                collateralAmount[c] = leg.weightedQuantity();
                c++;
            }
            firstUnit[unit.account() + 1]++; // count per account; prefix sums below
        }
        for (int a = 0; a < accounts; a++) {
            firstUnit[a + 1] += firstUnit[a]; // units come in account order: account a is firstUnit[a]..[a + 1]
        }
        firstPosition[unitCount] = p;
        firstCollateral[unitCount] = c;
    }
}
