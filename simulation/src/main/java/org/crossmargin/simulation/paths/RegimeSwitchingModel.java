package org.crossmargin.simulation.paths;

import java.util.Arrays;
import org.apache.commons.rng.sampling.distribution.ZigguratSampler;

/**
 * The {@code regime-switching} model (Hamilton 1989 style, DESIGN §4): a Markov chain over named regimes, each with
 * its own volatilities and correlation factor; within a step the gbm step of the current regime applies.
 *
 * <p>Timing: the starting regime drives step 1; after each step the chain moves with the current regime's
 * transition probabilities (one uniform draw: the first target whose cumulative probability exceeds it, in the
 * spec's order; otherwise it stays), and the new regime drives the next step. The drift {@code (mu - sigma^2 / 2) dt}
 * uses the regime's sigma. Antithetic pairing negates the normals and reuses the uniforms: the pair shares its
 * regime sequence and mirrors its diffusion.
 */
final class RegimeSwitchingModel implements PathModel {
    private final PathFrame frame;
    private final GaussianTerms[] regimes;
    private final int startRegime;
    /** Row r: cumulative probability of switching to {@code target[r][k]}, ascending. */
    private final double[][] cumulative;
    private final int[][] target;
    private final PathStream stream;
    private final ZigguratSampler.NormalizedGaussian gaussian;
    private final double[] normals;
    private final double[] logMove;
    /** The regime that drove each step of the last path ({@code [t]} for step t, entry 0 unused). */
    private final int[] regimeOfStep;

    /**
     * A model over {@code frame} with the Gaussian terms of each regime, the starting regime's index and the
     * switching probabilities per step ({@code cumulative[r]} over {@code target[r]}), shared across workers.
     */
    RegimeSwitchingModel(PathFrame frame, GaussianTerms[] regimes, int startRegime, double[][] cumulative,
                         int[][] target) {
        this.frame = frame;
        this.regimes = regimes;
        this.startRegime = startRegime;
        this.cumulative = cumulative;
        this.target = target;
        this.stream = new PathStream(frame.seed, frame.antithetic);
        this.gaussian = ZigguratSampler.NormalizedGaussian.of(stream);
        int rank = 1;
        for (GaussianTerms terms : regimes) {
            rank = Math.max(rank, terms.rank);
        }
        this.normals = new double[rank];
        this.logMove = new double[frame.markets];
        this.regimeOfStep = new int[frame.steps + 1];
    }

    @Override
    public int steps() {
        return frame.steps;
    }

    @Override
    public int markets() {
        return frame.markets;
    }

    /** The index (in the spec's order) of the regime that drove step {@code t} (1..steps) of the last path. */
    int regimeOfStep(int t) {
        if (t < 1 || t > frame.steps) {
            throw new IllegalArgumentException("t: expected a step in [1, " + frame.steps + "], got " + t);
        }
        return regimeOfStep[t];
    }

    @Override
    public void fill(long path, double[] prices) {
        frame.checkCapacity(prices);
        final double sign = stream.reset(path);
        final int width = frame.markets;
        final int steps = frame.steps;
        final double[] start = frame.startPrices;
        final double[] shock = frame.shockOffsets;
        final double[] e = normals;
        final double[] x = logMove;
        Arrays.fill(x, 0.0);
        System.arraycopy(start, 0, prices, 0, width);
        int regime = startRegime;
        for (int t = 1, row = width; t <= steps; t++, row += width) {
            regimeOfStep[t] = regime;
            // One array lookup per step picks the regime's terms; the market loop below is the gbm loop.
            final GaussianTerms terms = regimes[regime];
            final int rank = terms.rank;
            final double[] drift = terms.driftPerStep;
            final double[] factor = terms.scaledFactor;
            final int[] rowLength = terms.rowLength;
            for (int j = 0; j < rank; j++) {
                e[j] = sign * gaussian.sample();
            }
            for (int i = 0, f = 0; i < width; i++, f += rank) {
                double z = 0.0;
                final int length = rowLength[i];
                for (int j = 0; j < length; j++) {
                    z += factor[f + j] * e[j];
                }
                final double xi = x[i] + drift[i] + z + shock[row + i];
                x[i] = xi;
                prices[row + i] = start[i] * Math.exp(xi);
            }
            regime = next(regime, stream.nextDouble());
        }
    }

    /** The regime after {@code regime} given a uniform {@code u} in [0, 1). */
    private int next(int regime, double u) {
        final double[] cum = cumulative[regime];
        for (int k = 0; k < cum.length; k++) {
            if (u < cum[k]) {
                return target[regime][k];
            }
        }
        return regime;
    }
}
