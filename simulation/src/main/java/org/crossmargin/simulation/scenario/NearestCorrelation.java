package org.crossmargin.simulation.scenario;

import org.hipparchus.linear.EigenDecompositionSymmetric;
import org.hipparchus.linear.MatrixUtils;
import org.hipparchus.linear.RealMatrix;

/**
 * The nearest correlation matrix in the Frobenius norm, by Higham's alternating projections with Dykstra's
 * correction (N. J. Higham, "Computing the nearest correlation matrix — a problem from finance", IMA Journal of
 * Numerical Analysis 22, 2002, Algorithm 3.3 with W = I), and the positive semi-definiteness test it repairs.
 */
public final class NearestCorrelation {
    /** Eigenvalues above {@code -PSD_TOLERANCE} count as non-negative: rounding of a valid matrix stays above it. */
    public static final double PSD_TOLERANCE = 1e-10;

    private static final double CONVERGENCE = 1e-12;
    private static final int MAX_ITERATIONS = 100_000;

    private NearestCorrelation() {
    }

    /** The smallest eigenvalue of the symmetric matrix {@code a} (Hipparchus eigen decomposition). */
    public static double smallestEigenvalue(double[][] a) {
        double[] eigenvalues = new EigenDecompositionSymmetric(MatrixUtils.createRealMatrix(a)).getEigenvalues();
        double smallest = Double.POSITIVE_INFINITY;
        for (double eigenvalue : eigenvalues) {
            smallest = Math.min(smallest, eigenvalue);
        }
        return smallest;
    }

    /**
     * The correlation matrix (symmetric, unit diagonal, positive semi-definite) nearest to the symmetric matrix
     * {@code a} in the Frobenius norm. Iterates {@code R = Y - dS; X = P_S(R); dS = X - R; Y = P_U(X)}, where
     * {@code P_S} clips negative eigenvalues to 0 and {@code P_U} resets the diagonal to 1, until {@code Y} stops
     * moving; the result is exactly symmetric with entries clamped to [-1, 1].
     */
    public static double[][] of(double[][] a) {
        final int n = a.length;
        RealMatrix y = MatrixUtils.createRealMatrix(a);
        RealMatrix correction = MatrixUtils.createRealMatrix(n, n);
        for (int iteration = 0; iteration < MAX_ITERATIONS; iteration++) {
            RealMatrix r = y.subtract(correction);
            RealMatrix x = projectOntoPsd(r);
            correction = x.subtract(r);
            RealMatrix next = x.copy();
            for (int i = 0; i < n; i++) {
                next.setEntry(i, i, 1.0);
            }
            double change = next.subtract(y).getFrobeniusNorm();
            y = next;
            if (change <= CONVERGENCE * Math.max(1.0, y.getFrobeniusNorm())) {
                break;
            }
        }
        double[][] result = new double[n][n];
        for (int i = 0; i < n; i++) {
            result[i][i] = 1.0;
            for (int j = 0; j < i; j++) {
                double rho = Math.max(-1.0, Math.min(1.0, 0.5 * (y.getEntry(i, j) + y.getEntry(j, i))));
                result[i][j] = rho;
                result[j][i] = rho;
            }
        }
        return result;
    }

    /** {@code Q max(D, 0) Q^T}: the nearest positive semi-definite matrix to the symmetric {@code r}. */
    private static RealMatrix projectOntoPsd(RealMatrix r) {
        RealMatrix symmetric = r.add(r.transpose()).scalarMultiply(0.5);
        EigenDecompositionSymmetric eigen = new EigenDecompositionSymmetric(symmetric);
        double[] eigenvalues = eigen.getEigenvalues();
        RealMatrix q = eigen.getV();
        double[] clipped = new double[eigenvalues.length];
        for (int k = 0; k < eigenvalues.length; k++) {
            clipped[k] = Math.max(eigenvalues[k], 0.0);
        }
        return q.multiply(MatrixUtils.createRealDiagonalMatrix(clipped)).multiply(q.transpose());
    }
}
