package org.crossmargin.simulation.paths;

/**
 * The {@code replay} model: the historical path itself, resampled to the scenario's step, rescaled to start at the
 * scenario's prices, with the shock table on top. It draws no randomness: every path is the same, computed once
 * per scenario and copied.
 */
final class ReplayModel implements PathModel {
    private final int steps;
    private final int markets;
    /** The whole path, {@code (steps + 1) * markets}, shared across workers and never written. */
    private final double[] path;

    ReplayModel(int steps, int markets, double[] path) {
        this.steps = steps;
        this.markets = markets;
        this.path = path;
    }

    @Override
    public int steps() {
        return steps;
    }

    @Override
    public int markets() {
        return markets;
    }

    @Override
    public void fill(long index, double[] prices) {
        if (index < 0) {
            throw new IllegalArgumentException("path: expected an index >= 0, got " + index);
        }
        if (prices.length < path.length) {
            throw new IllegalArgumentException("prices: expected at least " + path.length + " entries, got "
                    + prices.length);
        }
        System.arraycopy(path, 0, prices, 0, path.length);
    }
}
