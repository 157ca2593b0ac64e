package org.crossmargin.simulation.paths;

import static org.crossmargin.simulation.paths.PathStatistics.logReturns;
import static org.crossmargin.simulation.paths.PathStatistics.path;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.crossmargin.simulation.scenario.GbmSpec;
import org.crossmargin.simulation.scenario.ModelSpec;
import org.crossmargin.simulation.scenario.StudentTSpec;
import org.junit.jupiter.api.Test;

/** Antithetic pairing: path 2k+1 is path 2k with its standard normals negated. */
class AntitheticTest {
    private static final double DT = 60.0 / (365 * 86_400);

    private static PathModel model(ModelSpec spec, boolean antithetic) {
        return TestScenarios.builder().market("BTC", 64_000, 0.6, 0.2).market("ETH", 3_100, 0.9, 0)
                .correlation(0, 1, 0.7).model(spec).steps(200).antithetic(antithetic).model();
    }

    /** Pair sums r_2k + r_2k+1 per step and market: twice the drift when the noise is mirrored. */
    private static void assertMirrored(PathModel model, int even) {
        double[] a = path(model, even);
        double[] b = path(model, even + 1);
        final double[] drift = {(0.2 - 0.18) * DT, (0 - 0.405) * DT}; // (mu - sigma^2 / 2) dt
        for (int m = 0; m < 2; m++) {
            double[] ra = logReturns(a, 200, 2, m);
            double[] rb = logReturns(b, 200, 2, m);
            for (int t = 0; t < 200; t++) {
                assertEquals(2 * drift[m], ra[t] + rb[t], 1e-12, "market " + m + " step " + (t + 1));
            }
        }
    }

    @Test
    void gbmOddPathMirrorsTheEvenPathAroundTheDrift() {
        assertMirrored(model(new GbmSpec(), true), 4);
    }

    @Test
    void studentTOddPathMirrorsTheEvenPathBecauseTheChiSquareIsShared() {
        // z = sqrt((nu - 2) / w) B e: with w reused and e negated, z is negated exactly.
        assertMirrored(model(new StudentTSpec(4), true), 10);
    }

    @Test
    void withoutAntitheticTheOddPathIsIndependent() {
        PathModel model = model(new GbmSpec(), false);
        double[] ra = logReturns(path(model, 4), 200, 2, 0);
        double[] rb = logReturns(path(model, 5), 200, 2, 0);
        assertNotEquals(2 * (0.2 - 0.18) * DT, ra[0] + rb[0], 1e-12);
    }

    @Test
    void evenPathIsUnchangedByAntitheticPairing() {
        // Path 2k draws its own stream with the sign +1 either way.
        double[] plain = path(model(new GbmSpec(), false), 6);
        double[] paired = path(model(new GbmSpec(), true), 6);
        org.junit.jupiter.api.Assertions.assertArrayEquals(plain, paired, 0.0);
    }
}
