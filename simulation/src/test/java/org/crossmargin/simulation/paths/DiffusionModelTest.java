package org.crossmargin.simulation.paths;

import static org.crossmargin.simulation.paths.PathStatistics.path;
import static org.crossmargin.simulation.paths.TestScenarios.HOUR;
import static org.crossmargin.simulation.paths.TestScenarios.MINUTE;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.util.Map;
import org.apache.commons.rng.sampling.distribution.AhrensDieterMarsagliaTsangGammaSampler;
import org.apache.commons.rng.sampling.distribution.ContinuousSampler;
import org.apache.commons.rng.sampling.distribution.ZigguratSampler;
import org.crossmargin.simulation.scenario.GbmSpec;
import org.crossmargin.simulation.scenario.ModelSpec;
import org.crossmargin.simulation.scenario.Scenario;
import org.crossmargin.simulation.scenario.StudentTSpec;
import org.junit.jupiter.api.Test;

/**
 * The fast {@link DiffusionModel} against its slow, obviously correct twin: DESIGN §4's step written out one step
 * at a time, drawing from the same stream in the documented order (per step the chi-square, then the normals), with
 * the same sums in the same order ({@code z_i = 0 + B_i0 e_0 + B_i1 e_1 + ...},
 * {@code x_i = x_i + drift_i + z_i + shock}, {@code price = start * exp(x)}). Equal to the bit: the model's passes,
 * blocks and shortcuts may change speed, never a number.
 */
class DiffusionModelTest {

    /** The twin: path {@code path} of {@code scenario}, step by step. */
    private static double[] stepByStep(Scenario scenario, double degreesOfFreedom, long path) {
        final PathFrame frame = new PathFrame(scenario);
        final GaussianTerms terms = PathModels.gaussianTerms(frame);
        final PathStream stream = new PathStream(frame.seed, frame.antithetic);
        final ZigguratSampler.NormalizedGaussian gaussian = ZigguratSampler.NormalizedGaussian.of(stream);
        final ContinuousSampler chiSquared = degreesOfFreedom > 0
                ? AhrensDieterMarsagliaTsangGammaSampler.of(stream, degreesOfFreedom / 2, 2) : null;
        final int width = frame.markets;
        final int rank = terms.rank;
        final double[] prices = new double[(frame.steps + 1) * width];
        final double[] x = new double[width];
        final double[] e = new double[Math.max(rank, 1)];
        final double sign = stream.reset(path);
        System.arraycopy(frame.startPrices, 0, prices, 0, width);
        for (int t = 1; t <= frame.steps; t++) {
            // student-t: z = sqrt((nu - 2) / w) B e, the scale applied to e (B is linear).
            final double scale = chiSquared == null ? sign
                    : sign * Math.sqrt((degreesOfFreedom - 2) / chiSquared.sample());
            for (int j = 0; j < rank; j++) {
                e[j] = scale * gaussian.sample();
            }
            for (int i = 0; i < width; i++) {
                double z = 0.0;
                for (int j = 0; j < terms.rowLength[i]; j++) {
                    z += terms.scaledFactor[i * rank + j] * e[j];
                }
                x[i] = x[i] + terms.driftPerStep[i] + z + frame.shockOffsets[t * width + i];
                prices[t * width + i] = frame.startPrices[i] * Math.exp(x[i]);
            }
        }
        return prices;
    }

    private static void assertSameBits(TestScenarios builder, ModelSpec model, double degreesOfFreedom) {
        final Scenario scenario = builder.model(model).build();
        final PathModel fast = builderModel(scenario);
        // Paths out of order and repeated: the model's scratch must not leak from one path into the next.
        for (long p : new long[] {0, 1, 2, 3, 17, 2, 1_000_001}) {
            assertArrayEquals(stepByStep(scenario, degreesOfFreedom, p), path(fast, p), 0.0, "path " + p);
        }
    }

    private static PathModel builderModel(Scenario scenario) {
        try {
            return PathModels.create(scenario);
        } catch (org.crossmargin.simulation.input.InputException e) {
            throw new AssertionError(e);
        }
    }

    /** Ten correlated markets and a stablecoin, as the canonical scenarios (one-factor correlations). */
    private static TestScenarios canonicalLike(int steps) {
        final double[] beta = {0.95, 0.92, 0.85, 0.75, 0.78, 0.80, 0.80, 0.82, 0.82, 0.75};
        final double[][] c = new double[11][11];
        for (int i = 0; i < 11; i++) {
            for (int j = 0; j < 11; j++) {
                // rho_ij = beta_i beta_j off the diagonal (a Gram matrix plus a positive diagonal: positive definite)
                c[i][j] = i == j ? 1.0 : i < 10 && j < 10 ? beta[i] * beta[j] : 0.0;
            }
        }
        TestScenarios builder = TestScenarios.builder();
        for (int m = 0; m < 10; m++) {
            builder.market("M" + m, 10.0 + m, 0.5 + 0.06 * m, m % 3 == 0 ? 0.1 : 0.0);
        }
        return builder.market("USDT", 1, 0, 0).correlations(c).steps(steps);
    }

    @Test
    void gbmEqualsTheStepByStepTwinToTheBit() {
        assertSameBits(canonicalLike(1_440), new GbmSpec(), 0);
    }

    @Test
    void studentTEqualsTheStepByStepTwinToTheBit() {
        assertSameBits(canonicalLike(1_440), new StudentTSpec(4), 4);
    }

    @Test
    void antitheticStudentTEqualsTheTwinToTheBit() {
        assertSameBits(canonicalLike(333).antithetic(true), new StudentTSpec(5), 5);
    }

    @Test
    void stepCountsThatAreNotAMultipleOfABlockEqualTheTwin() {
        final int block = DiffusionModel.BLOCK;
        for (int steps : new int[] {1, 2, 7, block - 1, block, block + 1, 2 * block + 1, 1_000}) {
            assertSameBits(canonicalLike(steps), new GbmSpec(), 0);
        }
    }

    @Test
    void shocksOnMovingAndStableMarketsEqualTheTwin() {
        // A crash with recovery on a moving market and a depeg of the stablecoin (zero volatility, moved by the shock).
        TestScenarios builder = canonicalLike(600).shock(2 * HOUR, 15 * MINUTE, Map.of("M0", -0.30), 0.5, 2 * HOUR)
                .shock(HOUR, 30 * MINUTE, Map.of("USDT", -0.05));
        assertSameBits(builder, new StudentTSpec(4), 4);
    }

    @Test
    void singularCorrelationEqualsTheTwin() {
        // rho = 1 between A and B: the rectangular root, rank 2 normals for 3 markets (CorrelationFactor).
        TestScenarios builder = TestScenarios.builder().market("A", 100, 0.6, 0.05).market("B", 50, 0.8, 0)
                .market("C", 20, 0.4, 0).correlation(0, 1, 1.0).steps(300);
        assertSameBits(builder, new GbmSpec(), 0);
    }

    @Test
    void onlyStableMarketsEqualTheTwin() {
        // Rank 0: no normal is drawn; the prices stay at the start except for the shock.
        TestScenarios builder = TestScenarios.builder().market("USDT", 1, 0, 0).market("USDC", 1, 0, 0).steps(200)
                .shock(HOUR, 10 * MINUTE, Map.of("USDC", -0.1));
        assertSameBits(builder, new StudentTSpec(4), 4);
    }
}
