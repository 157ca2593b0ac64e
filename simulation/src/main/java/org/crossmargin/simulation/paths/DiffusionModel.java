package org.crossmargin.simulation.paths;

import java.util.Arrays;
import org.apache.commons.rng.sampling.distribution.AhrensDieterMarsagliaTsangGammaSampler;
import org.apache.commons.rng.sampling.distribution.ContinuousSampler;
import org.apache.commons.rng.sampling.distribution.ZigguratSampler;

/**
 * The {@code gbm} and {@code student-t} models (DESIGN §4): per step, log prices move by
 * {@code (mu - sigma^2 / 2) dt + sigma sqrt(dt) z} plus the shock table, with {@code z = B e} ({@code B} the factor
 * of the correlation matrix, {@code e} i.i.d. standard normals).
 *
 * <p>gbm: {@code z = B e}. student-t: {@code z = sqrt((nu - 2) / nu) B e / sqrt(w / nu) = sqrt((nu - 2) / w) B e}
 * with one {@code w ~ chi2(nu)} per step shared across markets: a multivariate t with unit variance, so the
 * per-step variance is still {@code sigma^2 dt}, with fat tails (excess kurtosis {@code 6 / (nu - 4)} for
 * {@code nu > 4}) and tail dependence even between uncorrelated markets.
 *
 * <p>Antithetic pairing negates {@code e} and reuses {@code w}: the t increment is symmetric, so path {@code 2k+1}
 * is the exact mirror of path {@code 2k} around the drift, and the pair mean cancels the odd moments of the noise.
 *
 * <p>Speed: a path is generated in blocks of {@link #BLOCK} steps, each in three passes over scratch small enough to
 * stay in the L1 cache: (1) the block's draws, in the stream's order (per step the chi-square, then the normals);
 * (2) the correlation {@code z = B e}, over all the block's steps at once, four factor columns per pass (contiguous
 * multiply-adds the JIT vectorises); (3) the log prices step by step and one {@code Math.exp} per moving
 * market-step. Every number goes through the same operations in the same order as a step-by-step loop (each
 * {@code z} starts at 0 and adds {@code B_ij e_j} for ascending {@code j}), so the prices are the same bits as
 * DESIGN §4's step written out one step at a time ({@code DiffusionModelTest}).
 */
final class DiffusionModel implements PathModel {
    /**
     * Steps per block. The block's normals and moves take {@code 21 * 128} doubles (21 KB) on the canonical scenario,
     * so they stay in L1 from draw to exp, and a column pass is 32 AVX2 vectors long. Measured on the canonical
     * scenario, 32 to 256 steps cost the same within 3%; whole-path passes (the previous layout) about 7% more.
     */
    static final int BLOCK = 128;

    private final PathFrame frame;
    private final GaussianTerms terms;
    /** {@code nu} for student-t, 0 for gbm. */
    private final double degreesOfFreedom;
    private final PathStream stream;
    private final ZigguratSampler.NormalizedGaussian gaussian;
    private final ContinuousSampler chiSquared;
    /**
     * Scaled normals of a block by factor column: {@code e_j} of the block's step {@code s} at {@code [j][s]}. One
     * array per column rather than one flat array: the JIT vectorises the column passes over distinct arrays more
     * readily than over offsets into one (measured: about 6% of a gbm path).
     */
    private final double[][] normals;
    /**
     * Correlated moves of a block by market: {@code z_i} of the block's step {@code s} at {@code [i][s]}. The rows of
     * zero-volatility markets are never written: they stay 0.
     */
    private final double[][] correlated;
    private final double[] logMove;

    /** A gbm model ({@code degreesOfFreedom == 0}) or a student-t model ({@code degreesOfFreedom > 2}). */
    DiffusionModel(PathFrame frame, GaussianTerms terms, double degreesOfFreedom) {
        this.frame = frame;
        this.terms = terms;
        this.degreesOfFreedom = degreesOfFreedom;
        this.stream = new PathStream(frame.seed, frame.antithetic);
        this.gaussian = ZigguratSampler.NormalizedGaussian.of(stream);
        // chi2(nu) is Gamma(shape nu / 2, scale 2).
        this.chiSquared = degreesOfFreedom > 0
                ? AhrensDieterMarsagliaTsangGammaSampler.of(stream, degreesOfFreedom / 2, 2) : null;
        this.normals = new double[Math.max(terms.rank, 1)][BLOCK];
        this.correlated = new double[frame.markets][BLOCK];
        this.logMove = new double[frame.markets];
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
        final int steps = frame.steps;
        Arrays.fill(logMove, 0.0);
        System.arraycopy(frame.startPrices, 0, prices, 0, frame.markets);
        for (int first = 1; first <= steps; first += BLOCK) {
            final int count = Math.min(BLOCK, steps - first + 1);
            draw(sign, count);
            correlate(count);
            move(first, count, prices);
        }
    }

    /** Pass 1: the block's draws in the stream's order, each step's normals times its scale ({@code sign} for gbm). */
    private void draw(double sign, int count) {
        final int rank = terms.rank;
        final double[][] e = normals;
        final boolean studentT = chiSquared != null;
        final double nuMinusTwo = degreesOfFreedom - 2;
        for (int s = 0; s < count; s++) {
            // The t scale multiplies e rather than z: B is linear, and there are rank <= markets normals.
            final double scale = studentT ? sign * Math.sqrt(nuMinusTwo / chiSquared.sample()) : sign;
            for (int j = 0; j < rank; j++) {
                e[j][s] = scale * gaussian.sample();
            }
        }
    }

    /**
     * Pass 2: {@code z_i = 0 + B_i0 e_0 + B_i1 e_1 + ...} for every step of the block, each sum in ascending
     * {@code j} as the step-by-step sum; up to four columns per pass over {@code z_i}, so it is loaded and stored
     * once per four multiply-adds rather than once per one.
     */
    private void correlate(int count) {
        final int rank = terms.rank;
        final double[] factor = terms.scaledFactor;
        final int[] rowLength = terms.rowLength;
        final double[][] e = normals;
        for (int i = 0, f = 0; i < frame.markets; i++, f += rank) {
            final int length = rowLength[i];
            if (length == 0) {
                continue; // a zero-volatility market: its row stays 0
            }
            final double[] z = correlated[i];
            final double b0 = factor[f];
            final double[] e0 = e[0];
            for (int s = 0; s < count; s++) {
                z[s] = 0.0 + b0 * e0[s]; // 0.0 + : the step-by-step sum's start, kept for -0.0
            }
            int j = 1;
            for (; j + 4 <= length; j += 4) {
                final double b1 = factor[f + j];
                final double b2 = factor[f + j + 1];
                final double b3 = factor[f + j + 2];
                final double b4 = factor[f + j + 3];
                final double[] e1 = e[j];
                final double[] e2 = e[j + 1];
                final double[] e3 = e[j + 2];
                final double[] e4 = e[j + 3];
                for (int s = 0; s < count; s++) {
                    z[s] = z[s] + b1 * e1[s] + b2 * e2[s] + b3 * e3[s] + b4 * e4[s];
                }
            }
            for (; j < length; j++) {
                final double b = factor[f + j];
                final double[] ej = e[j];
                for (int s = 0; s < count; s++) {
                    z[s] = z[s] + b * ej[s];
                }
            }
        }
    }

    /**
     * Pass 3: the log prices of steps {@code first .. first + count - 1}, then their prices. The exp is most of a
     * path's time (about 4.5 ns each, 40% of a gbm path) and stays one {@code Math.exp} per moving market-step:
     * a multiplicative update or a vectorised exp would be faster and change the bits.
     */
    private void move(int first, int count, double[] prices) {
        final int width = frame.markets;
        final double[] start = frame.startPrices;
        final double[] shock = frame.shockOffsets;
        final double[] drift = terms.driftPerStep;
        final double[][] z = correlated;
        final double[] x = logMove;
        for (int s = 0, row = first * width; s < count; s++, row += width) {
            for (int i = 0; i < width; i++) {
                // Zero-volatility markets: drift, z and (unless shocked) offset are 0, x stays 0.
                final double xi = x[i] + drift[i] + z[i][s] + shock[row + i];
                x[i] = xi;
                prices[row + i] = xi;
            }
        }
        final int end = (first + count) * width;
        for (int k = first * width, i = 0; k < end; k++, i = i + 1 == width ? 0 : i + 1) {
            final double xk = prices[k];
            // exp(0) = 1 exactly, so an unmoved market keeps its start price without paying for the exp
            prices[k] = xk == 0.0 ? start[i] : start[i] * Math.exp(xk);
        }
    }
}
