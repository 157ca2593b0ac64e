package org.crossmargin.simulation.scenario;

/**
 * A conservative estimate of the heap a run needs, so that a run which cannot fit is refused before it starts rather
 * than failing hours in with an {@code OutOfMemoryError}.
 */
public final class MemoryEstimate {
    /** Per path and mode the runner keeps about a dozen numbers (shortfall, user loss, fund, counts, times...). */
    static final int NUMBERS_PER_PATH_AND_MODE = 12;
    /** Per account and per position: the records, the compiled arrays of each mode and per-path scratch. */
    static final int BYTES_PER_HOLDING = 256;

    private MemoryEstimate() {
    }

    /**
     * Estimated bytes of heap for {@code scenario} on a book of {@code accounts} accounts and {@code positions}
     * positions with {@code threads} workers: {@code paths * modes * 12 * 8} for per-path results, plus the book,
     * plus one {@code steps * markets} price array of doubles per worker and one more for the merge.
     */
    public static long bytes(Scenario scenario, int accounts, int positions, int threads) {
        return bytes(scenario.paths(), scenario.modes().size(), scenario.steps(), scenario.markets().size(), accounts,
                positions, threads);
    }

    static long bytes(long paths, int modes, long steps, int markets, int accounts, int positions, int threads) {
        long results = paths * modes * NUMBERS_PER_PATH_AND_MODE * Double.BYTES;
        long book = ((long) accounts + positions) * BYTES_PER_HOLDING;
        long prices = steps * markets * Double.BYTES * (threads + 1L);
        return results + book + prices;
    }

    /** {@code bytes} in whole mebibytes, rounded up, for messages. */
    public static long megabytes(long bytes) {
        return (bytes + (1L << 20) - 1) >> 20;
    }
}
