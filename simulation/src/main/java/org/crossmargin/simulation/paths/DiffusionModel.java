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
 * <p>Speed: a path is generated in three passes over scratch arrays rather than step by step, so that each pass is a
 * loop the JIT compiles well: (1) the draws, in the stream's order (per step the chi-square, then the normals);
 * (2) the correlation {@code z = B e}, factor column by factor column over all steps at once (contiguous
 * multiply-adds the JIT vectorises, no per-row loop exits), then the log prices step by step; (3) one
 * {@code Math.exp} per moving market-step. Every number goes through the same operations in the same order as a
 * step-by-step loop (each {@code z} starts at 0 and adds {@code B_ij e_j} for ascending {@code j}), so the prices are
 * the same bits.
 */
final class DiffusionModel implements PathModel {
    private final PathFrame frame;
    private final GaussianTerms terms;
    /** {@code nu} for student-t, 0 for gbm. */
    private final double degreesOfFreedom;
    private final PathStream stream;
    private final ZigguratSampler.NormalizedGaussian gaussian;
    private final ContinuousSampler chiSquared;
    /** Scaled normals of a path by factor column: {@code e_j} of step {@code t} at {@code j * steps + t - 1}. */
    private final double[] normals;
    /** Correlated moves of a path by market: {@code z_i} of step {@code t} at {@code i * steps + t - 1}. */
    private final double[] correlated;
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
        this.normals = new double[Math.max(terms.rank, 1) * frame.steps];
        this.correlated = new double[frame.markets * frame.steps];
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
        draw(sign);
        correlate();
        final int width = frame.markets;
        final int steps = frame.steps;
        final double[] start = frame.startPrices;
        final double[] shock = frame.shockOffsets;
        final double[] drift = terms.driftPerStep;
        final double[] z = correlated;
        final double[] x = logMove;
        Arrays.fill(x, 0.0);
        System.arraycopy(start, 0, prices, 0, width);
        for (int t = 1, row = width; t <= steps; t++, row += width) {
            for (int i = 0; i < width; i++) {
                // Zero-volatility markets: drift, z and (unless shocked) offset are 0, x stays 0.
                final double xi = x[i] + drift[i] + z[i * steps + t - 1] + shock[row + i];
                x[i] = xi;
                prices[row + i] = xi;
            }
        }
        for (int k = width, end = (steps + 1) * width, i = 0; k < end; k++, i = i + 1 == width ? 0 : i + 1) {
            final double xk = prices[k];
            // exp(0) = 1 exactly, so an unmoved market keeps its start price without paying for the exp
            prices[k] = xk == 0.0 ? start[i] : start[i] * Math.exp(xk);
        }
    }

    /** Pass 1: the path's draws in the stream's order, each step's normals times its scale ({@code sign} for gbm). */
    private void draw(double sign) {
        final int steps = frame.steps;
        final int rank = terms.rank;
        final double[] e = normals;
        final boolean studentT = chiSquared != null;
        final double nuMinusTwo = degreesOfFreedom - 2;
        for (int t = 0; t < steps; t++) {
            // The t scale multiplies e rather than z: B is linear, and there are rank <= markets normals.
            final double scale = studentT ? sign * Math.sqrt(nuMinusTwo / chiSquared.sample()) : sign;
            for (int j = 0, k = t; j < rank; j++, k += steps) {
                e[k] = scale * gaussian.sample();
            }
        }
    }

    /** Pass 2a: {@code z_i = sum_j B_ij e_j} for every step, column by column: each sum in ascending {@code j}. */
    private void correlate() {
        final int steps = frame.steps;
        final int width = frame.markets;
        final int rank = terms.rank;
        final double[] factor = terms.scaledFactor;
        final int[] rowLength = terms.rowLength;
        final double[] e = normals;
        final double[] z = correlated;
        Arrays.fill(z, 0.0);
        for (int i = 0; i < width; i++) {
            final int zi = i * steps;
            for (int j = 0; j < rowLength[i]; j++) {
                final double b = factor[i * rank + j];
                final int ej = j * steps;
                for (int t = 0; t < steps; t++) {
                    z[zi + t] += b * e[ej + t];
                }
            }
        }
    }
}
