package org.crossmargin.core.book;

/**
 * The lowest and highest price of every market over every block of the screened kernel's block tree, for one path:
 * what {@link ScreenedKernel} bounds units against. Built once per path and shared by every margin mode that runs on
 * the same prices, so the tree's ranges cost one pass over the path instead of one pass per depth per mode.
 *
 * <p>The tree over steps {@code first..last}: the root is the whole stretch; a block longer than
 * {@link #LEAF} steps is cut into {@link #FANOUT} consecutive parts of {@code ceil(length / FANOUT)} steps (the last
 * shorter). Node ids go breadth first, so a node's children are consecutive ids after its own; ranges are built
 * bottom-up from the leaves' rows. A block's range covers the rows of its own steps.
 *
 * <p>A NaN price makes its market's range NaN in every block holding it (as {@link Math#min} would), which
 * flags every unit trading that market for the exact walk. Mutable scratch, one per worker; the tree's shape is
 * rebuilt (allocating) only when the stretch's length changes.
 */
public final class PriceRanges {
    /**
     * Blocks a block is cut into. Tuned on the canonical workload with {@code KernelBenchmark}: 2 parts cost 20-25%
     * more everywhere; 8 parts gain 5% on calm prices and lose 10-15% on the crash.
     */
    static final int FANOUT = 4;
    /** Longest block walked step by step rather than cut further (leaves of 8 steps changed nothing, 32 lost 20%). */
    static final int LEAF = 16;

    /**
     * True when the JVM runs on C1 alone: the launcher's quick compiler for short runs, which sets the system
     * property {@code crossmargin.quickCompiler} (see the simulation's {@code CompilerPlan}). Read once; the JIT
     * folds the test away.
     */
    static final boolean QUICK_COMPILER = Boolean.getBoolean("crossmargin.quickCompiler");

    private final int markets;
    private int first;
    private int length = -1;
    private int nodes;
    /** Per node: its first and last step, relative to {@link #first}. */
    private int[] start = new int[0];
    private int[] end = new int[0];
    /** Per node: its first child's id, or -1 for a leaf; children are consecutive. */
    private int[] firstChild = new int[0];
    private int[] childCount = new int[0];
    /** Per node {@code n}: lows at {@code n * 2 * markets + m}, highs at {@code n * 2 * markets + markets + m}. */
    private double[] range = new double[0];

    /** Per market: the unit its moves are measured in for {@link SafeRadii}, or null. */
    private final double[] scales;

    /** Scratch for paths of {@code markets} price columns. */
    public PriceRanges(int markets) {
        this(markets, null);
    }

    /**
     * Scratch for paths of {@code markets} price columns whose markets typically move by {@code scales} (say their
     * volatilities; 0 for a market that does not move unless shocked): lets the screened kernel clear units far from
     * maintenance on calm paths without bounding them. Any scales give the same results; good ones give speed.
     */
    public PriceRanges(int markets, double[] scales) {
        if (markets < 0) {
            throw new IllegalArgumentException("markets: expected >= 0, got " + markets);
        }
        if (scales != null && scales.length != markets) {
            throw new IllegalArgumentException("scales: expected " + markets + " values, got " + scales.length);
        }
        this.markets = markets;
        this.scales = scales == null ? null : scales.clone();
    }

    /** The scales of the markets' moves, or null. The live array: do not change it. */
    double[] scales() {
        return scales;
    }

    /** Builds the ranges of steps {@code 1..steps} of {@code prices} (rows of {@code markets} prices, row 0 the start). */
    public void build(double[] prices, int steps) {
        build(prices, 1, steps);
    }

    /** Builds the ranges of steps {@code first..last} (1-based, inclusive, {@code first <= last}) of {@code prices}. */
    void build(double[] prices, int firstStep, int lastStep) {
        if (firstStep < 1 || lastStep < firstStep || (long) (lastStep + 1) * markets > prices.length) {
            throw new IllegalArgumentException("steps " + firstStep + ".." + lastStep + " do not fit a path of "
                    + prices.length + " prices in rows of " + markets);
        }
        this.first = firstStep;
        if (lastStep - firstStep + 1 != length) {
            shape(lastStep - firstStep + 1);
        }
        final int width = 2 * markets;
        for (int node = nodes - 1; node >= 0; node--) {
            final int base = node * width;
            if (firstChild[node] < 0) {
                leafRange(prices, first + start[node], first + end[node], base);
            } else if (QUICK_COMPILER) {
                mergeByBits(range, base, firstChild[node] * width, childCount[node], markets);
            } else {
                final int child = firstChild[node];
                System.arraycopy(range, child * width, range, base, width);
                for (int c = child + 1; c < child + childCount[node]; c++) {
                    final int from = c * width;
                    for (int m = 0; m < markets; m++) {
                        range[base + m] = lower(range[base + m], range[from + m]);
                        range[base + markets + m] = higher(range[base + markets + m], range[from + markets + m]);
                    }
                }
            }
        }
    }

    /**
     * The lows and highs of rows {@code from..to} into the node at {@code base}, market by market with the running
     * low and high in registers (row by row through the node's slots was 30% slower).
     */
    private void leafRange(double[] prices, int from, int to, int base) {
        if (QUICK_COMPILER) {
            leafRangeByBits(prices, from, to, markets, range, base);
            return;
        }
        final int m0 = markets;
        final double[] r = range;
        final int last = to * m0;
        for (int m = 0; m < m0; m++) {
            double low = prices[from * m0 + m];
            double high = low;
            for (int k = (from + 1) * m0 + m; k <= last + m; k += m0) {
                final double price = prices[k];
                low = lower(low, price);
                high = higher(high, price);
            }
            r[base + m] = low;
            r[base + m0 + m] = high;
        }
    }

    /** Added to a double's bits, overflows into the sign bit exactly when they are an infinity's or a NaN's. */
    private static final long NOT_FINITE = 0x0010_0000_0000_0000L;

    /**
     * {@link #leafRange} for C1, which compiles a double compare to a branch: on a leaf's few rows the running low
     * and high change at random, so most compares mispredict (measured: the ranges were 12-17% of a canonical run's
     * time on C1). Positive finite doubles order as their bits do as longs, so while every price is one, the low and
     * high are kept as bits with branch-free integer arithmetic (differences of such bits never overflow). Any other
     * price (-0.0 or a negative, an infinity, a NaN: none in a model's prices, but possible in a replayed file) shows
     * in an accumulated sign bit, and that market's range is then taken with {@link #lowerByCompare} and
     * {@link #higherByCompare}. The same values either way.
     */
    static void leafRangeByBits(double[] prices, int from, int to, int markets, double[] into, int base) {
        final int last = to * markets;
        for (int m = 0; m < markets; m++) {
            final long first = Double.doubleToRawLongBits(prices[from * markets + m]);
            long low = first;
            long high = first;
            // sign bit set when some price is not positive finite: a negative's bits, or a huge one's plus NOT_FINITE
            long odd = first | (first + NOT_FINITE);
            for (int k = (from + 1) * markets + m; k <= last + m; k += markets) {
                final long bits = Double.doubleToRawLongBits(prices[k]);
                odd |= bits | (bits + NOT_FINITE);
                final long below = bits - low;
                low += below & (below >> 63); // bits when below < 0
                final long above = bits - high;
                high += above & ~(above >> 63); // bits when above > 0
            }
            if (odd < 0) {
                double lowPrice = prices[from * markets + m];
                double highPrice = lowPrice;
                for (int k = (from + 1) * markets + m; k <= last + m; k += markets) {
                    lowPrice = lowerByCompare(lowPrice, prices[k]);
                    highPrice = higherByCompare(highPrice, prices[k]);
                }
                into[base + m] = lowPrice;
                into[base + markets + m] = highPrice;
            } else {
                into[base + m] = Double.longBitsToDouble(low);
                into[base + markets + m] = Double.longBitsToDouble(high);
            }
        }
    }

    /**
     * A block's range from its {@code count} children's, laid out from {@code from} one after another, for C1:
     * {@link #leafRangeByBits}' arithmetic on the children's lows and highs (a range that is not positive finite
     * hands its market over to the compares). The same values as the compares. Not one method with the leaves': a
     * leaf reads each price once for both its low and high, and sharing the loop cost the block ranges 20% on C1.
     */
    static void mergeByBits(double[] range, int base, int from, int count, int markets) {
        final int width = 2 * markets;
        final int end = from + count * width;
        for (int m = 0; m < markets; m++) {
            final long firstLow = Double.doubleToRawLongBits(range[from + m]);
            final long firstHigh = Double.doubleToRawLongBits(range[from + markets + m]);
            long low = firstLow;
            long high = firstHigh;
            long odd = firstLow | (firstLow + NOT_FINITE) | firstHigh | (firstHigh + NOT_FINITE);
            for (int c = from + width; c < end; c += width) {
                final long childLow = Double.doubleToRawLongBits(range[c + m]);
                final long childHigh = Double.doubleToRawLongBits(range[c + markets + m]);
                odd |= childLow | (childLow + NOT_FINITE) | childHigh | (childHigh + NOT_FINITE);
                final long below = childLow - low;
                low += below & (below >> 63);
                final long above = childHigh - high;
                high += above & ~(above >> 63);
            }
            if (odd < 0) {
                double lowPrice = range[from + m];
                double highPrice = range[from + markets + m];
                for (int c = from + width; c < end; c += width) {
                    lowPrice = lowerByCompare(lowPrice, range[c + m]);
                    highPrice = higherByCompare(highPrice, range[c + markets + m]);
                }
                range[base + m] = lowPrice;
                range[base + markets + m] = highPrice;
            } else {
                range[base + m] = Double.longBitsToDouble(low);
                range[base + markets + m] = Double.longBitsToDouble(high);
            }
        }
    }

    /**
     * The lower of a running low and a price, a NaN kept once seen (no comparison with it holds), as
     * {@link Math#min} keeps it: for C1, which calls {@code Math.min} where it inlines this; C2 makes
     * {@code Math.min} a branch-free instruction and this a mispredicted branch (measured: block ranges 2.5 times
     * slower), so each compiler gets its own.
     */
    private static double lower(double low, double price) {
        return QUICK_COMPILER ? lowerByCompare(low, price) : Math.min(low, price);
    }

    /** {@link #lower} for C1: {@code Math.min} but for the sign of a zero. */
    static double lowerByCompare(double low, double price) {
        return price < low || price != price ? price : low;
    }

    /** The higher of a running high and a price, a NaN kept once seen: {@link #lower}'s twin. */
    private static double higher(double high, double price) {
        return QUICK_COMPILER ? higherByCompare(high, price) : Math.max(high, price);
    }

    /** {@link #higher} for C1: {@code Math.max} but for the sign of a zero. */
    static double higherByCompare(double high, double price) {
        return price > high || price != price ? price : high;
    }

    /** Lays out the tree of a stretch of {@code steps} steps, breadth first. */
    private void shape(int steps) {
        int count = countNodes(steps);
        start = new int[count];
        end = new int[count];
        firstChild = new int[count];
        childCount = new int[count];
        range = new double[count * 2 * markets];
        start[0] = 0;
        end[0] = steps - 1;
        int next = 1;
        for (int node = 0; node < count; node++) {
            final int blockLength = end[node] - start[node] + 1;
            if (blockLength <= LEAF) {
                firstChild[node] = -1;
                continue;
            }
            final int part = (blockLength + FANOUT - 1) / FANOUT;
            firstChild[node] = next;
            for (int from = start[node]; from <= end[node]; from += part) {
                start[next] = from;
                end[next] = Math.min(end[node], from + part - 1);
                next++;
            }
            childCount[node] = next - firstChild[node];
        }
        this.nodes = count;
        this.length = steps;
    }

    private static int countNodes(int steps) {
        if (steps <= LEAF) {
            return 1;
        }
        final int part = (steps + FANOUT - 1) / FANOUT;
        int count = 1;
        for (int from = 0; from < steps; from += part) {
            count += countNodes(Math.min(steps, from + part) - from);
        }
        return count;
    }

    /** The root's id. */
    static int root() {
        return 0;
    }

    /** First step (1-based) of block {@code node}. */
    int from(int node) {
        return first + start[node];
    }

    /** Last step (1-based, inclusive) of block {@code node}. */
    int to(int node) {
        return first + end[node];
    }

    /** True when block {@code node} is walked step by step rather than cut further. */
    boolean isLeaf(int node) {
        return firstChild[node] < 0;
    }

    /** Id of the first child of block {@code node}; its {@link #childCount} children are consecutive. */
    int firstChild(int node) {
        return firstChild[node];
    }

    /** Number of children of block {@code node}. */
    int childCount(int node) {
        return childCount[node];
    }

    /** Offset in {@link #values()} of block {@code node}: lows at {@code + m}, highs at {@code + markets + m}. */
    int offset(int node) {
        return node * 2 * markets;
    }

    /** The ranges of every block, laid out as {@link #offset} says. The live array: read it, do not change it. */
    double[] values() {
        return range;
    }

    /** The first and last step the ranges were built for. */
    boolean covers(int firstStep, int lastStep) {
        return length > 0 && firstStep == first && lastStep == first + length - 1;
    }

    /** Number of price columns. */
    public int markets() {
        return markets;
    }
}
