package org.crossmargin.simulation.stats;

/**
 * The largest impact-driven price move of one market on a path, summarised over paths: a fraction of the exogenous
 * price, {@code max over steps of |exp(J) - 1|} (0.05: the simulated price stood 5% away from the exogenous one).
 *
 * @param market the market
 * @param mean   mean over paths
 * @param p99    99th percentile over paths, {@code x_(ceil(0.99 n))}
 */
public record ImpactMove(String market, double mean, double p99) {
    /** The summary of {@code moves} (one per path) of {@code market}. */
    public static ImpactMove of(String market, double[] moves) {
        return new ImpactMove(market, MeanEstimate.of(moves).mean(), TailStatistics.of(moves).quantile(0.99));
    }
}
