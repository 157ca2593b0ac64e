package org.crossmargin.simulation.paths;

import java.util.Arrays;

/**
 * The {@code bootstrap} model: the stationary block bootstrap of Politis and Romano (1994) over historical log
 * returns. Step 1 starts a block at a uniform random historical index; each later step starts a new block with
 * probability {@code p = step / mean_block_length} (block lengths are geometric with mean {@code 1 / p} steps),
 * else continues with the next index, wrapping at the end. The returns of all markets at one historical index
 * move together, which keeps their cross-correlation, fat tails and volatility clustering within blocks.
 *
 * <p>The returns are applied to the scenario's start prices, then the shock table. Every path draws its own
 * stream; antithetic pairing does not apply (there are no normals to negate: negated history is not history),
 * so path {@code 2k+1} is an ordinary independent path.
 */
final class BootstrapModel implements PathModel {
    private final PathFrame frame;
    /** {@code returns[h * markets + m]}: log return of market m at historical index h (0 for constant markets). */
    private final double[] returns;
    private final int history;
    private final double newBlockProbability;
    private final PathStream stream;
    private final double[] logMove;
    /** The historical index used by each step of the last path ({@code [t]} for step t, entry 0 unused). */
    private final int[] sourceOfStep;

    /** A model over {@code frame} drawing from {@code returns} (shared, {@code history * markets} long). */
    BootstrapModel(PathFrame frame, double[] returns, double newBlockProbability) {
        this.frame = frame;
        this.returns = returns;
        this.history = returns.length / frame.markets;
        this.newBlockProbability = newBlockProbability;
        this.stream = new PathStream(frame.seed, false);
        this.logMove = new double[frame.markets];
        this.sourceOfStep = new int[frame.steps + 1];
    }

    @Override
    public int steps() {
        return frame.steps;
    }

    @Override
    public int markets() {
        return frame.markets;
    }

    /** The historical return index that step {@code t} (1..steps) of the last path replayed. */
    int sourceOfStep(int t) {
        if (t < 1 || t > frame.steps) {
            throw new IllegalArgumentException("t: expected a step in [1, " + frame.steps + "], got " + t);
        }
        return sourceOfStep[t];
    }

    @Override
    public void fill(long path, double[] prices) {
        frame.checkCapacity(prices);
        stream.reset(path);
        final int width = frame.markets;
        final int steps = frame.steps;
        final int n = history;
        final double p = newBlockProbability;
        final double[] start = frame.startPrices;
        final double[] shock = frame.shockOffsets;
        final double[] r = returns;
        final double[] x = logMove;
        Arrays.fill(x, 0.0);
        System.arraycopy(start, 0, prices, 0, width);
        int index = stream.nextInt(n);
        for (int t = 1, row = width; t <= steps; t++, row += width) {
            if (t > 1) {
                if (stream.nextDouble() < p) {
                    index = stream.nextInt(n); // a new block
                } else {
                    index = index + 1 == n ? 0 : index + 1; // the block goes on, wrapping (Politis-Romano)
                }
            }
            sourceOfStep[t] = index;
            final int base = index * width;
            for (int i = 0; i < width; i++) {
                final double xi = x[i] + r[base + i] + shock[row + i];
                x[i] = xi;
                prices[row + i] = start[i] * Math.exp(xi);
            }
        }
    }
}
