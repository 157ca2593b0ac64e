package org.crossmargin.simulation.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.crossmargin.simulation.stats.Comparison;
import org.crossmargin.simulation.stats.ModeStatistics;
import org.crossmargin.simulation.stats.ModeSummary;
import org.crossmargin.simulation.stats.PairedComparison;
import org.crossmargin.simulation.stats.TinyRuns;
import org.junit.jupiter.api.Test;

class VerdictTableTest {

    @Test
    void moneyHasThousandsSeparatorsAndNoDecimals() {
        assertEquals("-1,234", VerdictTable.money(-1234.4));
        assertEquals("4,650,000", VerdictTable.money(4_650_000));
        assertEquals("0", VerdictTable.money(-0.2), "a tiny negative is not shown as -0");
        assertEquals("n/a", VerdictTable.money(Double.NaN));
    }

    @Test
    void probabilitiesArePercentsWithTwoDecimals() {
        assertEquals("12.30%", VerdictTable.percent(0.123));
        assertEquals("0.00%", VerdictTable.percent(0.0));
        assertEquals("100.00%", VerdictTable.percent(1.0));
        assertEquals("12.10", VerdictTable.decimal(12.1));
    }

    @Test
    void rowsPerModeAreAlignedAndTheComparisonFollows() {
        List<ModeSummary> modes = List.of(ModeStatistics.of(TinyRuns.cross()), ModeStatistics.of(TinyRuns.isolated()));
        Comparison comparison = PairedComparison.of(TinyRuns.cross(), TinyRuns.isolated());
        String table = VerdictTable.render(modes, comparison);
        String[] lines = table.split("\n");
        // Header, cross, isolated: right-aligned last column, so the three lines have one length.
        assertEquals(lines[0].length(), lines[1].length(), table);
        assertEquals(lines[0].length(), lines[2].length(), table);
        assertTrue(lines[1].startsWith("cross "), table);
        // Cross: 3 of 4 paths liquidate (75.00%), mean 1.50 accounts, shortfall mean 450 with
        // se = sqrt(127500) = 357.07 -> "450 ± 357", VaR_99 = ES_99 = 1,500, fund exhausted on 1 of 4 paths.
        for (String cell : new String[] {"75.00%", "1.50", "450 ± 357", "1,500", "25.00%"}) {
            assertTrue(lines[1].contains(cell), cell + " in " + lines[1]);
        }
        // Paired shortfall d = (0, 200, 0, -200): mean 0, se = sqrt(80000/12) = 81.65 -> CI -160 to 160.
        assertTrue(table.contains("cross - isolated: shortfall 0 ± 82 (95% CI -160 to 160); P(cross worse) 25.00%, "
                + "P(isolated worse) 25.00%"), table);
        assertTrue(table.contains("cross - isolated: liquidated accounts 0.25 ± 0.25"), table);
    }

    @Test
    void aOneModeTableHasNoComparisonLines() {
        String table = VerdictTable.render(List.of(ModeStatistics.of(TinyRuns.cross())), null);
        assertEquals(2, table.split("\n").length, table);
    }
}
