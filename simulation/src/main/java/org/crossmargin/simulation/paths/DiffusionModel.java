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
 */
final class DiffusionModel implements PathModel {
    private final PathFrame frame;
    private final GaussianTerms terms;
    /** {@code nu} for student-t, 0 for gbm. */
    private final double degreesOfFreedom;
    private final PathStream stream;
    private final ZigguratSampler.NormalizedGaussian gaussian;
    private final ContinuousSampler chiSquared;
    private final double[] normals;
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
        this.normals = new double[Math.max(terms.rank, 1)];
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
        final boolean studentT = chiSquared != null;
        final double nuMinusTwo = degreesOfFreedom - 2;
        Arrays.fill(x, 0.0);
        System.arraycopy(start, 0, prices, 0, width);
        for (int t = 1, row = width; t <= steps; t++, row += width) {
            // The t scale multiplies e rather than z: B is linear, and there are rank <= markets normals.
            final double scale = studentT ? sign * Math.sqrt(nuMinusTwo / chiSquared.sample()) : sign;
            for (int j = 0; j < rank; j++) {
                e[j] = scale * gaussian.sample();
            }
            for (int i = 0, f = 0; i < width; i++, f += rank) {
                double z = 0.0;
                final int length = rowLength[i];
                for (int j = 0; j < length; j++) {
                    z += factor[f + j] * e[j];
                }
                // Zero-volatility markets: drift, z and (unless shocked) offset are 0, x stays 0, exp(0) = 1 exactly.
                final double xi = x[i] + drift[i] + z + shock[row + i];
                x[i] = xi;
                prices[row + i] = start[i] * Math.exp(xi);
            }
        }
    }
}
