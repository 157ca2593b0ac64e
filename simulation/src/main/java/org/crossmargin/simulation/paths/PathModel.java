package org.crossmargin.simulation.paths;

/**
 * A generator of price paths: fills a preallocated array with the prices of one path, from the random stream of
 * {@code (seed, path)} alone (DESIGN §4, §5).
 *
 * <p>Layout: {@code prices[t * markets() + m]} is the price of market {@code m} (quote currency, in the scenario's
 * market order) after step {@code t}, for {@code t = 0..steps()}; row 0 holds the scenario's start prices. An
 * instance holds samplers and scratch and is owned by one worker thread; build one per worker with
 * {@link PathModelFactory#newModel()}. Paths may be filled in any order on any thread: path {@code p} is always the
 * same bits.
 */
public interface PathModel {

    /** Number of steps of a path; a path has {@code steps() + 1} rows of prices. */
    int steps();

    /** Number of markets, the width of a row. */
    int markets();

    /**
     * Writes the {@code (steps() + 1) * markets()} prices of path {@code path} into {@code prices}.
     *
     * @param path   path index, &gt;= 0
     * @param prices destination, at least {@code (steps() + 1) * markets()} long; other entries are left alone
     */
    void fill(long path, double[] prices);

    /** The length of the price array of one path: {@code (steps() + 1) * markets()}. */
    default int pathLength() {
        return (steps() + 1) * markets();
    }
}
