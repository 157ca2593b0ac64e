package org.crossmargin.core.book;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The block tree's ranges against a brute-force scan of each block's rows, and the C1 helpers against Math. */
class PriceRangesTest {
    @Test
    void everyBlockHoldsTheLowestAndHighestPriceOfItsOwnRows() {
        // 3 markets, 700 steps: the tree goes 700 -> 175 -> 44 -> 11 (leaves), so every level is checked
        final int markets = 3;
        final int steps = 700;
        SplittableRandom random = new SplittableRandom(7);
        double[] prices = new double[(steps + 1) * markets];
        for (int i = 0; i < prices.length; i++) {
            prices[i] = 100 * Math.exp(random.nextGaussian() * 0.1);
        }
        prices[123 * markets + 1] = Double.NaN; // one NaN in market 1 at step 123
        PriceRanges ranges = new PriceRanges(markets);
        ranges.build(prices, steps);
        int leaves = 0;
        for (int node = 0; node < countNodes(ranges, PriceRanges.root()); node++) {
            leaves += ranges.isLeaf(node) ? 1 : 0;
            for (int m = 0; m < markets; m++) {
                double low = Double.POSITIVE_INFINITY;
                double high = Double.NEGATIVE_INFINITY;
                for (int t = ranges.from(node); t <= ranges.to(node); t++) {
                    low = Math.min(low, prices[t * markets + m]);
                    high = Math.max(high, prices[t * markets + m]);
                }
                final int at = ranges.offset(node);
                assertEquals(low, ranges.values()[at + m], "low, node " + node + ", market " + m);
                assertEquals(high, ranges.values()[at + markets + m], "high, node " + node + ", market " + m);
            }
        }
        // 700 = 4 x 175, 175 = 4 x 44 (the last 43), 44 = 4 x 11: 64 leaves of at most 16 steps
        assertEquals(64, leaves);
    }

    private static int countNodes(PriceRanges ranges, int node) {
        int count = 1;
        if (!ranges.isLeaf(node)) {
            for (int c = ranges.firstChild(node); c < ranges.firstChild(node) + ranges.childCount(node); c++) {
                count += countNodes(ranges, c);
            }
        }
        return count;
    }

    @Test
    void theQuickCompilersHelpersAreMathsMinAndMaxWithNaNKept() {
        double[] values = {1.5, -2.0, 0.25, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, 7e300, Double.NaN};
        for (double a : values) {
            for (double b : values) {
                assertEquals(Math.min(a, b), PriceRanges.lowerByCompare(a, b), a + " " + b);
                assertEquals(Math.max(a, b), PriceRanges.higherByCompare(a, b), a + " " + b);
            }
        }
    }
}
