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

    @Test
    void theBuildUnderTestIsTheOneTheJvmWasStartedFor() {
        // core's pom runs this class twice: as is (Math.min/max) and with crossmargin.quickCompiler=true (the
        // launcher's C1 setting, bits and compares): the tree test above then checks that build
        assertEquals(Boolean.getBoolean("crossmargin.quickCompiler"), PriceRanges.QUICK_COMPILER);
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

    @Test
    void theQuickCompilersLeafRangesByBitsAreTheComparesRanges() {
        // rows of 4 markets; each market a different mix: positive finite prices (the bits path), then each special
        // value the bits path must hand over to the compares (zero, -0.0, a negative, infinities, NaN)
        double[] specials = {0.0, -0.0, -3.0, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, Double.NaN,
            Double.MIN_VALUE, Double.MAX_VALUE};
        SplittableRandom random = new SplittableRandom(11);
        final int markets = 4;
        for (int trial = 0; trial < 2_000; trial++) {
            final int rows = 1 + random.nextInt(20);
            double[] prices = new double[(rows + 1) * markets];
            for (int i = 0; i < prices.length; i++) {
                // prices spanning many binades, ties included (a few repeated values)
                prices[i] = random.nextInt(4) == 0 ? 100.0 : Math.exp(random.nextGaussian() * 20);
            }
            if (trial % 2 == 1) {
                prices[random.nextInt(prices.length)] = specials[random.nextInt(specials.length)];
            }
            final int from = random.nextInt(rows);
            final int to = from + random.nextInt(rows - from + 1);
            double[] into = new double[3 + 2 * markets];
            PriceRanges.leafRangeByBits(prices, from, to, markets, into, 3);
            for (int m = 0; m < markets; m++) {
                double low = prices[from * markets + m];
                double high = low;
                for (int t = from + 1; t <= to; t++) {
                    low = PriceRanges.lowerByCompare(low, prices[t * markets + m]);
                    high = PriceRanges.higherByCompare(high, prices[t * markets + m]);
                }
                assertEquals(low, into[3 + m], "low, trial " + trial + ", market " + m);
                assertEquals(high, into[3 + markets + m], "high, trial " + trial + ", market " + m);
            }
        }
    }

    @Test
    void theQuickCompilersMergeByBitsIsTheComparesMerge() {
        // a block of 3 markets from 1 to 4 children, each child's low at m and high at 3 + m; specials as above
        double[] specials = {0.0, -0.0, -3.0, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, Double.NaN};
        SplittableRandom random = new SplittableRandom(13);
        final int markets = 3;
        for (int trial = 0; trial < 2_000; trial++) {
            final int children = 1 + random.nextInt(4);
            final int from = 2 * markets; // the parent's slots first, then the children's
            double[] range = new double[from + children * 2 * markets];
            for (int i = from; i < range.length; i++) {
                range[i] = random.nextInt(4) == 0 ? 100.0 : Math.exp(random.nextGaussian() * 20);
            }
            if (trial % 2 == 1) {
                range[from + random.nextInt(range.length - from)] = specials[random.nextInt(specials.length)];
            }
            PriceRanges.mergeByBits(range, 0, from, children, markets);
            for (int m = 0; m < markets; m++) {
                double low = range[from + m];
                double high = range[from + markets + m];
                for (int c = 1; c < children; c++) {
                    low = PriceRanges.lowerByCompare(low, range[from + c * 2 * markets + m]);
                    high = PriceRanges.higherByCompare(high, range[from + c * 2 * markets + markets + m]);
                }
                assertEquals(low, range[m], "low, trial " + trial + ", market " + m);
                assertEquals(high, range[markets + m], "high, trial " + trial + ", market " + m);
            }
        }
    }
}
