package org.crossmargin.simulation.paths;

import java.util.Arrays;
import org.apache.commons.rng.sampling.distribution.ZigguratSampler;

/**
 * The {@code merton} model (Merton 1976; DESIGN §4): the gbm step plus compound-Poisson jumps in log price. A jump
 * of market {@code i} adds {@code J ~ N(mean_i, stdev_i^2)} to its log price; jumps arrive with intensity
 * {@code lambda} per year, on one clock per market, or on one common clock for all markets when
 * {@code common_jumps} is set (every market then jumps at the same time, each with its own size).
 *
 * <p>Drift: {@code mu} stays the drift of the diffusion part, with no jump compensator, so jumps shift the mean:
 * {@code E ln(P_T / P_0) = (mu - sigma^2 / 2) T + lambda T mean}. A risk team sets {@code mean < 0} to add crash
 * risk on top of the calibrated diffusion rather than to re-centre it. Zero-volatility markets neither diffuse nor
 * jump (DESIGN §4: they move only with shocks).
 *
 * <p>Arrival times are drawn as exponential gaps (Commons RNG ziggurat exponential), so a path costs one draw per
 * jump rather than one per step. Antithetic pairing negates the normals only: the pair shares its jump times, and
 * its jump sizes are mirrored around the mean ({@code mean + stdev e} and {@code mean - stdev e}), so the jump
 * part is not mirrored around zero and the pair mean keeps the jumps' full effect.
 */
final class MertonModel implements PathModel {
    private final PathFrame frame;
    private final GaussianTerms terms;
    /** Markets that jump: those with volatility &gt; 0. */
    private final int[] jumping;
    private final double[] jumpMean;
    private final double[] jumpStdev;
    /** Expected jumps per step of one clock; 0 disables jumps. */
    private final double ratePerStep;
    private final boolean common;
    private final PathStream stream;
    private final ZigguratSampler.NormalizedGaussian gaussian;
    private final ZigguratSampler.Exponential exponential;
    private final double[] normals;
    private final double[] logMove;
    /** Next arrival of each clock, in steps from the start: a jump in (t - 1, t] happens during step t. */
    private final double[] nextArrival;

    /**
     * A model over {@code frame} with intensity {@code intensityPerYear}, per-market jump sizes (by column) and
     * one common clock or one clock per jumping market.
     */
    MertonModel(PathFrame frame, GaussianTerms terms, double intensityPerYear, double[] jumpMean,
                double[] jumpStdev, boolean common) {
        this.frame = frame;
        this.terms = terms;
        int count = 0;
        int[] moving = new int[frame.markets];
        for (int i = 0; i < frame.markets; i++) {
            if (frame.annualVolatility[i] > 0) {
                moving[count++] = i;
            }
        }
        this.jumping = Arrays.copyOf(moving, count);
        this.jumpMean = jumpMean.clone();
        this.jumpStdev = jumpStdev.clone();
        this.ratePerStep = intensityPerYear * frame.stepYears;
        this.common = common;
        this.stream = new PathStream(frame.seed, frame.antithetic);
        this.gaussian = ZigguratSampler.NormalizedGaussian.of(stream);
        this.exponential = ZigguratSampler.Exponential.of(stream);
        this.normals = new double[Math.max(terms.rank, 1)];
        this.logMove = new double[frame.markets];
        this.nextArrival = new double[common ? Math.min(1, count) : count];
    }

    @Override
    public int steps() {
        return frame.steps;
    }

    @Override
    public int markets() {
        return frame.markets;
    }

    @Override
    public void fill(long path, double[] prices) {
        frame.checkCapacity(prices);
        final double sign = stream.reset(path);
        final int width = frame.markets;
        final int steps = frame.steps;
        final int rank = terms.rank;
        final double[] start = frame.startPrices;
        final double[] shock = frame.shockOffsets;
        final double[] drift = terms.driftPerStep;
        final double[] factor = terms.scaledFactor;
        final int[] rowLength = terms.rowLength;
        final double[] e = normals;
        final double[] x = logMove;
        final double[] arrival = nextArrival;
        final int clocks = arrival.length;
        Arrays.fill(x, 0.0);
        for (int c = 0; c < clocks; c++) {
            arrival[c] = firstArrival();
        }
        System.arraycopy(start, 0, prices, 0, width);
        for (int t = 1, row = width; t <= steps; t++, row += width) {
            for (int j = 0; j < rank; j++) {
                e[j] = sign * gaussian.sample();
            }
            for (int i = 0, f = 0; i < width; i++, f += rank) {
                double z = 0.0;
                final int length = rowLength[i];
                for (int j = 0; j < length; j++) {
                    z += factor[f + j] * e[j];
                }
                x[i] = x[i] + drift[i] + z; // same association as gbm: lambda = 0 gives its bits
            }
            // Jumps are rare (lambda dt << 1): one compare per clock and step, the work only when one arrives.
            for (int c = 0; c < clocks; c++) {
                while (arrival[c] <= t) {
                    jump(c, sign);
                    arrival[c] += exponential.sample() / ratePerStep;
                }
            }
            for (int i = 0; i < width; i++) {
                final double xi = x[i] + shock[row + i];
                x[i] = xi;
                prices[row + i] = start[i] * Math.exp(xi);
            }
        }
    }

    /** The first arrival of a clock, in steps; never with a zero intensity (and then no draw at all). */
    private double firstArrival() {
        return ratePerStep > 0 ? exponential.sample() / ratePerStep : Double.POSITIVE_INFINITY;
    }

    /** Applies one arrival of clock {@code c}: to every jumping market on the common clock, else to market c's. */
    private void jump(int c, double sign) {
        if (common) {
            for (int k = 0; k < jumping.length; k++) {
                final int i = jumping[k];
                logMove[i] += jumpMean[i] + jumpStdev[i] * sign * gaussian.sample();
            }
        } else {
            final int i = jumping[c];
            logMove[i] += jumpMean[i] + jumpStdev[i] * sign * gaussian.sample();
        }
    }
}
