package org.crossmargin.simulation.paths;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.crossmargin.simulation.input.InputException;
import org.crossmargin.simulation.input.Problem;

/**
 * Turns a {@link PriceHistory} into what the {@code bootstrap} and {@code replay} models use, once per scenario:
 * prices resampled to the scenario's step (the last price at or before each step boundary), matched to the
 * scenario's markets by column name. A market missing from the file is an error unless its volatility is 0 (a
 * stablecoin), which then stays constant; a file whose own spacing is coarser than the step is an error.
 */
final class HistoricalPaths {
    private HistoricalPaths() {
    }

    /**
     * The historical log returns at the scenario's step, {@code returns[h * markets + m]}, from the file's first row
     * to its last full step; zero for constant markets.
     */
    static double[] bootstrapReturns(PathFrame frame, PriceHistory history) throws InputException {
        int[] columns = columns(frame, history);
        final long span = history.lastEpochSecond() - history.firstEpochSecond();
        final long boundaries = span / frame.stepSeconds + 1;
        if (boundaries < 2) {
            throw new InputException(List.of(new Problem(history.file(), 0, 0, "rows",
                    "expected at least one step of " + frame.stepSeconds + "s of prices, got a file spanning "
                            + span + "s")));
        }
        final int count = Math.toIntExact(boundaries - 1);
        double[] returns = new double[count * frame.markets];
        for (int m = 0; m < frame.markets; m++) {
            if (columns[m] < 0) {
                continue;
            }
            double[] p = history.resample(columns[m], history.firstEpochSecond(), frame.stepSeconds, count + 1);
            for (int h = 0; h < count; h++) {
                returns[h * frame.markets + m] = Math.log(p[h + 1] / p[h]);
            }
        }
        return returns;
    }

    /**
     * The replayed path, {@code (steps + 1) * markets}: the file's prices from {@code start} (its first row when
     * null) at each step boundary, times {@code P0 / h_0}, times the shocks' cumulative factor.
     */
    static double[] replayPath(PathFrame frame, PriceHistory history, Instant start) throws InputException {
        int[] columns = columns(frame, history);
        final long from = start == null ? history.firstEpochSecond() : start.getEpochSecond();
        List<Problem> problems = new ArrayList<>();
        if (from < history.firstEpochSecond()) {
            problems.add(new Problem(history.file(), 0, 0, "start", "expected a start at or after the file's first row "
                    + Instant.ofEpochSecond(history.firstEpochSecond()) + ", got " + Instant.ofEpochSecond(from)));
            throw new InputException(problems);
        }
        final long available = (history.lastEpochSecond() - from) / frame.stepSeconds;
        if (available < frame.steps) {
            problems.add(new Problem(history.file(), 0, 0, "rows", "expected prices for the horizon of " + frame.steps
                    + " steps of " + frame.stepSeconds + "s from " + Instant.ofEpochSecond(from) + ", got "
                    + Math.max(0, available) + " steps (the file ends at "
                    + Instant.ofEpochSecond(history.lastEpochSecond()) + ")"));
            throw new InputException(problems);
        }
        final int width = frame.markets;
        double[] path = new double[(frame.steps + 1) * width];
        for (int m = 0; m < width; m++) {
            final double p0 = frame.startPrices[m];
            double[] h = columns[m] < 0 ? null : history.resample(columns[m], from, frame.stepSeconds, frame.steps + 1);
            double shock = 0;
            for (int t = 0; t <= frame.steps; t++) {
                shock += frame.shockOffsets[t * width + m];
                // exp(0) = 1: without shocks the rescaled history is exact to rounding.
                final double base = h == null ? p0 : p0 * h[t] / h[0];
                path[t * width + m] = base * Math.exp(shock);
            }
        }
        return path;
    }

    /** The file column of each scenario market, -1 for constant markets the file lacks; checks the spacing. */
    private static int[] columns(PathFrame frame, PriceHistory history) throws InputException {
        List<Problem> problems = new ArrayList<>();
        int[] columns = new int[frame.markets];
        for (int m = 0; m < frame.markets; m++) {
            String name = frame.names.get(m);
            columns[m] = history.column(name);
            if (columns[m] < 0 && frame.annualVolatility[m] > 0) {
                problems.add(new Problem(history.file(), 1, 0, name, "expected a price column for market " + name
                        + " of the scenario, got columns " + history.markets()));
            }
        }
        final long spacing = history.medianSpacingSeconds();
        if (spacing > frame.stepSeconds) {
            problems.add(new Problem(history.file(), 0, 0, "timestamp", "expected rows at most one step ("
                    + frame.stepSeconds + "s) apart, got a typical spacing of " + spacing + "s"));
        }
        if (!problems.isEmpty()) {
            throw new InputException(problems);
        }
        return columns;
    }
}
