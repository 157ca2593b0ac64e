package org.crossmargin.simulation.paths;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.crossmargin.simulation.input.InputException;
import org.crossmargin.simulation.input.Problem;

/**
 * Historical prices read from a CSV file: a header {@code timestamp,<market>,<market>...}, then one row per time,
 * timestamps strictly increasing (epoch seconds or ISO-8601 with an offset, e.g. {@code 2025-01-07T00:01:00Z}),
 * prices in quote currency &gt; 0. Immutable once read; shared by the workers of a bootstrap or replay model.
 */
final class PriceHistory {
    private final String file;
    private final List<String> markets;
    private final long[] epochSeconds;
    /** {@code prices[column][row]}. */
    private final double[][] prices;

    private PriceHistory(String file, List<String> markets, long[] epochSeconds, double[][] prices) {
        this.file = file;
        this.markets = List.copyOf(markets);
        this.epochSeconds = epochSeconds;
        this.prices = prices;
    }

    /** Reads {@code path}, collecting every problem (file, line, column, field) before throwing once. */
    static PriceHistory read(Path path) throws InputException {
        final String file = path.toString();
        List<Problem> problems = new ArrayList<>();
        CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).setTrim(true)
                .setIgnoreEmptyLines(true).get();
        try (Reader reader = Files.newBufferedReader(path, StandardCharsets.UTF_8);
             CSVParser parser = CSVParser.parse(reader, format)) {
            List<String> header = parser.getHeaderNames();
            if (header.isEmpty() || !"timestamp".equals(header.get(0))) {
                problems.add(new Problem(file, 1, 1, "timestamp",
                        "expected a first column named timestamp, got " + (header.isEmpty() ? "none" : header.get(0))));
                throw new InputException(problems);
            }
            List<String> markets = header.subList(1, header.size());
            if (markets.isEmpty()) {
                problems.add(new Problem(file, 1, 2, "header", "expected at least one market column after timestamp"));
            }
            long[] times = new long[1024];
            double[][] columns = new double[markets.size()][1024];
            int rows = 0;
            for (CSVRecord record : parser) {
                final int line = (int) parser.getCurrentLineNumber();
                if (rows == times.length) {
                    times = Arrays.copyOf(times, rows * 2);
                    for (int c = 0; c < columns.length; c++) {
                        columns[c] = Arrays.copyOf(columns[c], rows * 2);
                    }
                }
                if (record.size() != header.size()) {
                    problems.add(new Problem(file, line, 0, "row",
                            "expected " + header.size() + " fields, got " + record.size()));
                    continue;
                }
                times[rows] = parseTime(record.get(0), file, line, problems);
                if (rows > 0 && times[rows] <= times[rows - 1] && times[rows] != Long.MIN_VALUE
                        && times[rows - 1] != Long.MIN_VALUE) {
                    problems.add(new Problem(file, line, 1, "timestamp", "expected timestamps strictly increasing, got "
                            + record.get(0) + " after " + Instant.ofEpochSecond(times[rows - 1])));
                }
                for (int c = 0; c < columns.length; c++) {
                    columns[c][rows] = parsePrice(record.get(c + 1), file, line, c + 2, markets.get(c), problems);
                }
                rows++;
            }
            if (rows < 2 && problems.isEmpty()) {
                problems.add(new Problem(file, 0, 0, "rows", "expected at least 2 rows of prices, got " + rows));
            }
            if (!problems.isEmpty()) {
                throw new InputException(problems);
            }
            for (int c = 0; c < columns.length; c++) {
                columns[c] = Arrays.copyOf(columns[c], rows);
            }
            return new PriceHistory(file, markets, Arrays.copyOf(times, rows), columns);
        } catch (IOException | IllegalArgumentException | IllegalStateException e) {
            // Commons CSV reports unreadable files and malformed quoting/headers as these exceptions.
            problems.add(new Problem(file, 0, 0, "file", "expected a readable CSV of prices, got " + e.getMessage()));
            throw new InputException(problems);
        }
    }

    private static long parseTime(String text, String file, int line, List<Problem> problems) {
        if (!text.isEmpty() && text.chars().allMatch(Character::isDigit)) {
            try {
                return Long.parseLong(text);
            } catch (NumberFormatException tooLong) {
                // reported below
            }
        } else {
            try {
                return OffsetDateTime.parse(text).toEpochSecond();
            } catch (DateTimeParseException notIso) {
                // reported below
            }
        }
        problems.add(new Problem(file, line, 1, "timestamp",
                "expected epoch seconds or ISO-8601 with an offset (2025-01-07T00:00:00Z), got \"" + text + "\""));
        return Long.MIN_VALUE;
    }

    private static double parsePrice(String text, String file, int line, int column, String market,
                                     List<Problem> problems) {
        try {
            final double price = Double.parseDouble(text);
            if (price > 0 && price < Double.POSITIVE_INFINITY) {
                return price;
            }
        } catch (NumberFormatException notANumber) {
            // reported below
        }
        problems.add(new Problem(file, line, column, market, "expected a price > 0, got \"" + text + "\""));
        return Double.NaN;
    }

    /** The file as named by the scenario, for problems. */
    String file() {
        return file;
    }

    /** The market columns, in file order. */
    List<String> markets() {
        return markets;
    }

    /** Column of {@code market}, or -1. */
    int column(String market) {
        return markets.indexOf(market);
    }

    /** Number of rows. */
    int rows() {
        return epochSeconds.length;
    }

    /** Timestamp of the first row, epoch seconds. */
    long firstEpochSecond() {
        return epochSeconds[0];
    }

    /** Timestamp of the last row, epoch seconds. */
    long lastEpochSecond() {
        return epochSeconds[epochSeconds.length - 1];
    }

    /** The median gap between consecutive rows, seconds: the file's own spacing, robust to a few missing rows. */
    long medianSpacingSeconds() {
        long[] gaps = new long[epochSeconds.length - 1];
        for (int i = 1; i < epochSeconds.length; i++) {
            gaps[i - 1] = epochSeconds[i] - epochSeconds[i - 1];
        }
        Arrays.sort(gaps);
        return gaps[gaps.length / 2];
    }

    /**
     * Prices of {@code column} sampled at {@code from + k * stepSeconds}, {@code k = 0..count-1}: at each boundary
     * the last price at or before it (the price in force then). The first boundary must not precede the first row.
     */
    double[] resample(int column, long from, long stepSeconds, int count) {
        if (from < epochSeconds[0]) {
            throw new IllegalArgumentException("from: expected a time at or after the first row, got " + from);
        }
        double[] out = new double[count];
        int row = 0;
        for (int k = 0; k < count; k++) {
            final long boundary = from + k * stepSeconds;
            while (row + 1 < epochSeconds.length && epochSeconds[row + 1] <= boundary) {
                row++;
            }
            out[k] = prices[column][row];
        }
        return out;
    }
}
