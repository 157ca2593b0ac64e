package org.crossmargin.simulation.paths;

import org.hipparchus.exception.MathIllegalArgumentException;
import org.hipparchus.linear.CholeskyDecomposition;
import org.hipparchus.linear.MatrixUtils;
import org.hipparchus.linear.RealMatrix;
import org.hipparchus.linear.RectangularCholeskyDecomposition;

/**
 * A factor {@code B} of a correlation matrix ({@code B B^T = C}), flattened row by row for the hot loop, so that
 * {@code z = B e} has correlation {@code C} when {@code e} are i.i.d. standard normals.
 *
 * <p>A positive definite matrix gets its lower-triangular Cholesky factor (Hipparchus {@link CholeskyDecomposition}),
 * row {@code i} then has {@code i + 1} entries. Hipparchus' Cholesky rejects singular matrices (rho = 1, duplicated
 * markets), which the scenario loader accepts as positive semi-definite; those get the pivoted rectangular root of
 * {@link RectangularCholeskyDecomposition}: {@code n x rank}, every row {@code rank} entries long, and only
 * {@code rank} normals per step.
 */
final class CorrelationFactor {
    /** Pivots below this are treated as zero: the matrix is singular and gets the rectangular root. */
    private static final double POSITIVITY_THRESHOLD = 1e-10;

    private final int size;
    private final int rank;
    private final double[] entries;
    private final int[] rowLength;

    private CorrelationFactor(int size, int rank, double[] entries, int[] rowLength) {
        this.size = size;
        this.rank = rank;
        this.entries = entries;
        this.rowLength = rowLength;
    }

    /** The factor of {@code correlations}, which must be positive semi-definite. */
    static CorrelationFactor of(double[][] correlations) {
        final int n = correlations.length;
        if (n == 0) {
            return new CorrelationFactor(0, 0, new double[0], new int[0]);
        }
        RealMatrix matrix = MatrixUtils.createRealMatrix(correlations);
        try {
            RealMatrix lower = new CholeskyDecomposition(matrix,
                    CholeskyDecomposition.DEFAULT_RELATIVE_SYMMETRY_THRESHOLD, POSITIVITY_THRESHOLD).getL();
            double[] entries = new double[n * n];
            int[] rowLength = new int[n];
            for (int i = 0; i < n; i++) {
                rowLength[i] = i + 1;
                for (int j = 0; j <= i; j++) {
                    entries[i * n + j] = lower.getEntry(i, j);
                }
            }
            return new CorrelationFactor(n, n, entries, rowLength);
        } catch (MathIllegalArgumentException singular) {
            // Singular but PSD (guaranteed by the loader): the pivoted root keeps only the positive pivots.
            RectangularCholeskyDecomposition root = new RectangularCholeskyDecomposition(matrix, POSITIVITY_THRESHOLD);
            RealMatrix b = root.getRootMatrix();
            final int rank = root.getRank();
            double[] entries = new double[n * rank];
            int[] rowLength = new int[n];
            for (int i = 0; i < n; i++) {
                rowLength[i] = rank;
                for (int j = 0; j < rank; j++) {
                    entries[i * rank + j] = b.getEntry(i, j);
                }
            }
            return new CorrelationFactor(n, rank, entries, rowLength);
        }
    }

    /** Number of markets (rows). */
    int size() {
        return size;
    }

    /** Number of independent normals a draw needs (columns). */
    int rank() {
        return rank;
    }

    /** Entry {@code (i, j)} of the factor, 0 beyond a row's length. */
    double get(int i, int j) {
        return j < rowLength[i] ? entries[i * rank + j] : 0.0;
    }

    /** Number of leading nonzero-capable entries of row {@code i}. */
    int rowLength(int i) {
        return rowLength[i];
    }
}
