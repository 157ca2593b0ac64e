package org.crossmargin.simulation.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.crossmargin.core.book.RunMode;
import org.junit.jupiter.api.Test;

/** Paired differences cross - isolated on the hand-built runs of {@link TinyRuns}. */
class PairedComparisonTest {
    private final Comparison comparison = PairedComparison.of(TinyRuns.cross(), TinyRuns.isolated());

    @Test
    void shortfallDifferenceIsPairedPathByPath() {
        // d = (0-0, 300-100, 0-0, 1500-1700) = (0, 200, 0, -200): mean 0; s² = 80000 / 3; se = sqrt(s² / 4).
        PairedDifference d = comparison.shortfall();
        assertEquals(0.0, d.mean(), 1e-12);
        double se = Math.sqrt(80_000.0 / 3 / 4);
        assertEquals(se, d.stdError(), 1e-9);
        assertEquals(-1.959964 * se, d.ciLow(), 1e-9);
        assertEquals(1.959964 * se, d.ciHigh(), 1e-9);
        assertEquals(0.25, d.probabilityFirstWorse(), 0.0);  // path 1
        assertEquals(0.25, d.probabilitySecondWorse(), 0.0); // path 3
        assertEquals(RunMode.CROSS, comparison.first());
        assertEquals(RunMode.ISOLATED, comparison.second());
    }

    @Test
    void liquidatedAccountsDifferenceCountsPathsWhereEachSideIsWorse() {
        // d = (0, 2-1, 0, 0): mean 0.25; deviations -.25, .75, -.25, -.25 -> s² = .75 / 3 = .25; se = .5 / 2 = .25.
        PairedDifference d = comparison.liquidatedAccounts();
        assertEquals(0.25, d.mean(), 1e-15);
        assertEquals(0.25, d.stdError(), 1e-15);
        assertEquals(0.25, d.probabilityFirstWorse(), 0.0);
        assertEquals(0.0, d.probabilitySecondWorse(), 0.0);
    }

    @Test
    void fundExhaustionIsComparedAsAnIndicator() {
        // Both modes exhaust the fund on path 3 only: d = 0 everywhere.
        PairedDifference d = comparison.fundExhausted();
        assertEquals(0.0, d.mean(), 0.0);
        assertEquals(0.0, d.stdError(), 0.0);
        assertEquals(0.0, d.probabilityFirstWorse(), 0.0);
        assertEquals(0.0, d.probabilitySecondWorse(), 0.0);
        // User loss d = (0, 200, 0, 0): mean 50; liquidated notional d = (0, 1000, 0, 0): mean 250.
        assertEquals(50.0, comparison.userLoss().mean(), 1e-12);
        assertEquals(250.0, comparison.liquidatedNotional().mean(), 1e-12);
    }

    @Test
    void rejectsRunsOverDifferentPathsOrTheSameMode() {
        assertThrows(IllegalArgumentException.class,
                () -> PairedComparison.of(TinyRuns.cross(), new ModeRun(RunMode.ISOLATED, 5, 3)));
        assertThrows(IllegalArgumentException.class, () -> PairedComparison.of(TinyRuns.cross(), TinyRuns.cross()));
    }
}
