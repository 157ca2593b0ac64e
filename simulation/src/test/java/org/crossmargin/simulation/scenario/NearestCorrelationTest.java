package org.crossmargin.simulation.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Higham's nearest correlation matrix and the positive semi-definiteness test. */
class NearestCorrelationTest {

    @Test
    void repairsHighamsThreeByThreeExampleToItsClosedForm() {
        // Higham (2002), section 4: A = [1 1 0; 1 1 1; 0 1 1], indefinite (eigenvalues 1 - sqrt 2, 1, 1 + sqrt 2).
        double[][] a = {{1, 1, 0}, {1, 1, 1}, {0, 1, 1}};
        // A is unchanged by reversing the order of the markets, and the nearest point of a convex set is unique, so
        // the answer has the same symmetry: X = [1 a b; a 1 a; b a 1]. A is not PSD, so X lies on the boundary:
        // det X = 1 + 2 a^2 b - 2 a^2 - b^2 = (1 - b)(1 + b - 2 a^2) = 0, hence b = 2 a^2 - 1 (b = 1 is farther).
        // Minimise ||X - A||^2 = 4 (1 - a)^2 + 2 (2 a^2 - 1)^2: the derivative vanishes at 4 a^3 - a - 1 = 0,
        // a^3 + p a + q = 0 with p = q = -1/4, whose one real root is Cardano's:
        double p = -0.25;
        double q = -0.25;
        double root = Math.sqrt(q * q / 4 + p * p * p / 27);
        double expectedA = Math.cbrt(-q / 2 + root) + Math.cbrt(-q / 2 - root); // 0.7607, as Higham prints
        double expectedB = 2 * expectedA * expectedA - 1; // 0.1573, as Higham prints

        double[][] x = NearestCorrelation.of(a);

        double tolerance = 1e-6;
        assertEquals(expectedA, x[0][1], tolerance);
        assertEquals(expectedA, x[1][2], tolerance);
        assertEquals(expectedB, x[0][2], tolerance);
        for (int i = 0; i < 3; i++) {
            assertEquals(1.0, x[i][i]);
            for (int j = 0; j < 3; j++) {
                assertEquals(x[i][j], x[j][i]);
            }
        }
        assertTrue(NearestCorrelation.smallestEigenvalue(x) > -NearestCorrelation.PSD_TOLERANCE);
    }

    @Test
    void leavesAValidCorrelationMatrixAsItIs() {
        double[][] valid = {{1, 0.85, 0.7}, {0.85, 1, 0.65}, {0.7, 0.65, 1}}; // det = 0.1385 > 0, minors > 0

        double[][] x = NearestCorrelation.of(valid);

        for (int i = 0; i < 3; i++) {
            for (int j = 0; j < 3; j++) {
                assertEquals(valid[i][j], x[i][j], 1e-12);
            }
        }
    }

    @Test
    void namesTheMostNegativeEigenvalue() {
        // I + 0.9 M, M = [0 1 1; 1 0 -1; 1 -1 0]: M's characteristic polynomial is l^3 - 3 l + 2 = (l - 1)^2 (l + 2),
        // so the eigenvalues are 1.9, 1.9 and 1 - 1.8 = -0.8.
        double[][] a = {{1, 0.9, 0.9}, {0.9, 1, -0.9}, {0.9, -0.9, 1}};

        assertEquals(-0.8, NearestCorrelation.smallestEigenvalue(a), 1e-12);
    }

    @Test
    void acceptsASingularButSemiDefiniteMatrix() {
        // Perfect correlation: eigenvalues 2 and 0, PSD although Cholesky's strict test would refuse it.
        double[][] a = {{1, 1}, {1, 1}};

        assertEquals(0.0, NearestCorrelation.smallestEigenvalue(a), 1e-12);
    }
}
