package org.crossmargin.simulation.paths;

/**
 * The Gaussian part of a log-price step for every market, precomputed once and shared by workers: the drift per
 * step {@code (mu - sigma^2 / 2) dt} and the factor rows already scaled by {@code sigma sqrt(dt)}, so that a step is
 * {@code x_i += drift_i + sum_j scaled_ij e_j} (DESIGN §4).
 *
 * <p>Only markets with volatility &gt; 0 enter the factor: a zero-volatility market (a stablecoin) has an empty row
 * and zero drift, so it draws no normal and its log price does not move (DESIGN §4: it stays at its price unless
 * shocked; its drift is ignored).
 */
final class GaussianTerms {
    final int markets;
    /** Number of standard normals per step: the rank of the correlation over the moving markets. */
    final int rank;
    /** {@code (mu_i - sigma_i^2 / 2) dt}, 0 for zero-volatility markets. */
    final double[] driftPerStep;
    /** Row {@code i}: {@code sigma_i sqrt(dt) B_ij}, {@code j < rowLength[i]}, at {@code i * rank + j}. */
    final double[] scaledFactor;
    /** Entries used in row {@code i}; 0 for zero-volatility markets. */
    final int[] rowLength;

    /**
     * Terms for annual volatilities {@code sigma}, annual drifts {@code mu} and the full correlation matrix over
     * the same markets, with steps of {@code dtYears}.
     */
    GaussianTerms(double[] sigma, double[] mu, double[][] correlations, double dtYears) {
        markets = sigma.length;
        int[] moving = new int[markets];
        int count = 0;
        for (int i = 0; i < markets; i++) {
            if (sigma[i] > 0) {
                moving[count++] = i;
            }
        }
        double[][] sub = new double[count][count];
        for (int a = 0; a < count; a++) {
            for (int b = 0; b < count; b++) {
                sub[a][b] = correlations[moving[a]][moving[b]];
            }
        }
        CorrelationFactor factor = CorrelationFactor.of(sub);
        rank = factor.rank();
        driftPerStep = new double[markets];
        scaledFactor = new double[markets * Math.max(rank, 1)];
        rowLength = new int[markets];
        final double sqrtDt = Math.sqrt(dtYears);
        for (int a = 0; a < count; a++) {
            final int i = moving[a];
            driftPerStep[i] = (mu[i] - 0.5 * sigma[i] * sigma[i]) * dtYears;
            rowLength[i] = factor.rowLength(a);
            for (int j = 0; j < rowLength[i]; j++) {
                scaledFactor[i * rank + j] = sigma[i] * sqrtDt * factor.get(a, j);
            }
        }
    }
}
