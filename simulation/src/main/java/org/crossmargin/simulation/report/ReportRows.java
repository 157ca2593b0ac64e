package org.crossmargin.simulation.report;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;

import org.crossmargin.simulation.input.Problem;

/**
 * The rows of a run's CSV files (accounts, paths, timeseries, price_fan, shocks) held in memory, as the writers of
 * those files had them, so that {@code run} builds its report without reading back and re-parsing the files it has
 * just written (that took a tenth of a second of a calm run). Each value goes in as the file reader would get it back:
 * {@link Double#toString} round-trips every double exactly, and a non-finite number, written as an empty cell, comes
 * back as the reader's "none" or gap where the reader allows one. A value the reader would reject marks the rows
 * unusable ({@link ReportWriter#write(Path, ReportRows)} then returns empty and the caller reads the files, which
 * names the problem). Money in quote currency, times in hours, probabilities as fractions.
 *
 * <p>Not thread-safe: fill it on one thread, then hand it over (e.g. by starting the thread that writes the report).
 */
public final class ReportRows {
    private final List<AccountRow> accounts = new ArrayList<>();
    private final List<PathRow> paths = new ArrayList<>();
    private final List<TimeseriesRow> timeseries = new ArrayList<>();
    private final List<PriceFanRow> priceFan = new ArrayList<>();
    private final List<ShockRow> shocks = new ArrayList<>();
    private boolean readable = true;

    /** An accounts.csv row; {@code leverage} NaN when the start value is not positive, {@code collateral} A+B. */
    public void account(String account, String mode, double liquidationProbability, double ciLow, double ciHigh,
                        double meanShortfall, double meanUserLoss, double startValue, double notional,
                        double leverage, String collateral) {
        accounts.add(new AccountRow(account, mode, probability(liquidationProbability), probability(ciLow),
                probability(ciHigh), number(meanShortfall), number(meanUserLoss), number(startValue),
                number(notional), optional(leverage),
                collateral.isEmpty() ? List.of() : List.of(collateral.split("\\+"))));
    }

    /** A paths.csv row; {@code firstLiquidationHours} NaN when the path had no liquidation. */
    public void path(int path, String mode, int liquidatedAccounts, double shortfall, double userLoss,
                     double insuranceFundEnd, double liquidatedNotional, double fees, double socialisedLoss,
                     boolean fundExhausted, double firstLiquidationHours) {
        paths.add(new PathRow(count(path), mode, count(liquidatedAccounts), number(shortfall), number(userLoss),
                number(insuranceFundEnd), number(liquidatedNotional), number(fees), number(socialisedLoss),
                fundExhausted, optional(firstLiquidationHours)));
    }

    /** A timeseries.csv row: utilisation and fund as p05, p50, p95; a NaN utilisation is a gap. */
    public void timeseries(String mode, int step, double hours, double[] utilisation, double[] fund,
                           double liquidatedAccountsMean) {
        timeseries.add(new TimeseriesRow(mode, count(step), number(hours), gap(utilisation[0]), gap(utilisation[1]),
                gap(utilisation[2]), number(fund[0]), number(fund[1]), number(fund[2]),
                number(liquidatedAccountsMean)));
    }

    /** A price_fan.csv row: the exogenous price's 1st, 50th and 99th percentiles. */
    public void priceFan(String market, int step, double hours, double p01, double p50, double p99) {
        priceFan.add(new PriceFanRow(market, count(step), number(hours), number(p01), number(p50), number(p99)));
    }

    /** A shocks.csv row: a shock's fall window and move (a fraction). */
    public void shock(String market, double startHours, double endHours, double move) {
        shocks.add(new ShockRow(market, number(startHours), number(endHours), number(move)));
    }

    /**
     * The output folder as {@link OutputFolder#read} would give it for {@code dir}, whose summary.json must be
     * complete (the CSV files need not be); empty if the reader would have found a problem.
     */
    Optional<OutputFolder> folder(Path dir) {
        if (!readable) {
            return Optional.empty();
        }
        List<Problem> problems = new ArrayList<>();
        Summary summary = Summary.read(dir, problems);
        if (summary != null) {
            OutputFolder.checkModes(dir, summary, paths, problems);
        }
        return summary == null || !problems.isEmpty() ? Optional.empty()
                : Optional.of(new OutputFolder(dir, summary, accounts, paths, timeseries, priceFan, shocks));
    }

    /** CsvFile.number: a finite number, else a problem. */
    private double number(double value) {
        readable &= Double.isFinite(value);
        return Double.isFinite(value) ? value : Double.NaN;
    }

    /** OutputFolder.probability: a number in [0, 1]. */
    private double probability(double value) {
        readable &= value >= 0 && value <= 1;
        return number(value);
    }

    /** CsvFile.optionalNumber: a non-finite number is written as an empty cell, read back as "none". */
    private static OptionalDouble optional(double value) {
        return Double.isFinite(value) ? OptionalDouble.of(value) : OptionalDouble.empty();
    }

    /** CsvFile.numberOrGap: a non-finite number is written as an empty cell, read back as a gap. */
    private static double gap(double value) {
        return Double.isFinite(value) ? value : Double.NaN;
    }

    /** CsvFile.count: a whole number >= 0. */
    private int count(int value) {
        readable &= value >= 0;
        return value;
    }
}
