package org.crossmargin.simulation.report;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.function.ToDoubleFunction;

import org.apache.commons.csv.CSVRecord;
import org.crossmargin.simulation.input.InputException;
import org.crossmargin.simulation.input.Problem;

/**
 * Everything a report is drawn from: the six files of one {@code crossmargin run} output folder, parsed and checked.
 *
 * @param dir        the folder
 * @param summary    summary.json
 * @param accounts   accounts.csv rows, in file order
 * @param paths      paths.csv rows, in file order
 * @param timeseries timeseries.csv rows
 * @param priceFan   price_fan.csv rows
 * @param shocks     shocks.csv rows
 */
record OutputFolder(Path dir, Summary summary, List<AccountRow> accounts, List<PathRow> paths,
                    List<TimeseriesRow> timeseries, List<PriceFanRow> priceFan, List<ShockRow> shocks) {
    static final List<String> ACCOUNT_COLUMNS = List.of("account", "mode", "liquidation_probability", "ci_low",
            "ci_high", "mean_shortfall", "mean_user_loss", "start_value", "notional", "leverage", "collateral");
    static final List<String> PATH_COLUMNS = List.of("path", "mode", "liquidated_accounts", "shortfall",
            "user_loss", "insurance_fund_end", "liquidated_notional", "fees", "socialised_loss", "fund_exhausted",
            "first_liquidation_hours");
    static final List<String> TIMESERIES_COLUMNS = List.of("mode", "step", "hours", "utilisation_p05",
            "utilisation_p50", "utilisation_p95", "fund_p05", "fund_p50", "fund_p95", "liquidated_accounts_mean");
    static final List<String> PRICE_FAN_COLUMNS = List.of("market", "step", "hours", "p01", "p50", "p99");
    static final List<String> SHOCK_COLUMNS = List.of("market", "start_hours", "end_hours", "move");

    OutputFolder {
        Objects.requireNonNull(dir, "dir");
        Objects.requireNonNull(summary, "summary");
        accounts = List.copyOf(accounts);
        paths = List.copyOf(paths);
        timeseries = List.copyOf(timeseries);
        priceFan = List.copyOf(priceFan);
        shocks = List.copyOf(shocks);
    }

    /** Reads the folder; every problem in every file is collected, then thrown at once. */
    static OutputFolder read(Path dir) throws InputException {
        List<Problem> problems = new ArrayList<>();
        Summary summary = Summary.read(dir, problems);
        List<AccountRow> accounts = accounts(CsvFile.read(dir, "accounts.csv", ACCOUNT_COLUMNS, problems));
        List<PathRow> paths = paths(CsvFile.read(dir, "paths.csv", PATH_COLUMNS, problems));
        List<TimeseriesRow> series = timeseries(CsvFile.read(dir, "timeseries.csv", TIMESERIES_COLUMNS, problems));
        List<PriceFanRow> fan = priceFan(CsvFile.read(dir, "price_fan.csv", PRICE_FAN_COLUMNS, problems));
        List<ShockRow> shocks = shocks(CsvFile.read(dir, "shocks.csv", SHOCK_COLUMNS, problems));
        if (summary != null) {
            checkModes(dir, summary, paths, problems);
        }
        if (!problems.isEmpty()) {
            throw new InputException(problems);
        }
        return new OutputFolder(dir, summary, accounts, paths, series, fan, shocks);
    }

    /** Every mode of summary.json must have one paths.csv row per path: the paired statistics rely on it. */
    static void checkModes(Path dir, Summary summary, List<PathRow> paths, List<Problem> problems) {
        long expected = (long) summary.number("paths");
        for (String mode : summary.modes()) {
            long rows = paths.stream().filter(row -> row.mode().equals(mode)).count();
            if (rows != expected) {
                problems.add(new Problem(dir.resolve("paths.csv").toString(), 0, 0, "mode",
                        "expected " + expected + " rows of mode " + mode + " (summary.json paths), got " + rows));
            }
        }
    }

    /** One mode's per-path values of a paths.csv column, indexed by path. */
    double[] pathValues(String mode, ToDoubleFunction<PathRow> column) {
        double[] values = new double[(int) summary.number("paths")];
        Arrays.fill(values, Double.NaN);
        for (PathRow row : paths) {
            if (row.mode().equals(mode) && row.path() < values.length) {
                values[row.path()] = column.applyAsDouble(row);
            }
        }
        return values;
    }

    /** The accounts.csv rows of one mode, in book order. */
    List<AccountRow> accountsOf(String mode) {
        return accounts.stream().filter(row -> row.mode().equals(mode)).toList();
    }

    private static List<AccountRow> accounts(CsvFile csv) {
        List<AccountRow> rows = new ArrayList<>();
        for (CSVRecord r : csv.records()) {
            String collateral = csv.text(r, "collateral");
            rows.add(new AccountRow(csv.text(r, "account"), csv.text(r, "mode"),
                    probability(csv, r, "liquidation_probability"), probability(csv, r, "ci_low"),
                    probability(csv, r, "ci_high"), csv.number(r, "mean_shortfall"), csv.number(r, "mean_user_loss"),
                    csv.number(r, "start_value"), csv.number(r, "notional"), csv.optionalNumber(r, "leverage"),
                    collateral.isEmpty() ? List.of() : List.of(collateral.split("\\+"))));
        }
        return rows;
    }

    private static double probability(CsvFile csv, CSVRecord row, String column) {
        double p = csv.number(row, column);
        if (!Double.isNaN(p) && !(p >= 0 && p <= 1)) {
            csv.problem(row, column, "expected a probability in [0, 1], got " + p);
        }
        return p;
    }

    private static List<PathRow> paths(CsvFile csv) {
        List<PathRow> rows = new ArrayList<>();
        for (CSVRecord r : csv.records()) {
            int exhausted = csv.count(r, "fund_exhausted");
            if (exhausted > 1) {
                csv.problem(r, "fund_exhausted", "expected 0 or 1, got " + exhausted);
            }
            rows.add(new PathRow(csv.count(r, "path"), csv.text(r, "mode"), csv.count(r, "liquidated_accounts"),
                    csv.number(r, "shortfall"), csv.number(r, "user_loss"), csv.number(r, "insurance_fund_end"),
                    csv.number(r, "liquidated_notional"), csv.number(r, "fees"), csv.number(r, "socialised_loss"),
                    exhausted == 1, csv.optionalNumber(r, "first_liquidation_hours")));
        }
        return rows;
    }

    private static List<TimeseriesRow> timeseries(CsvFile csv) {
        List<TimeseriesRow> rows = new ArrayList<>();
        for (CSVRecord r : csv.records()) {
            rows.add(new TimeseriesRow(csv.text(r, "mode"), csv.count(r, "step"), csv.number(r, "hours"),
                    csv.numberOrGap(r, "utilisation_p05"), csv.numberOrGap(r, "utilisation_p50"),
                    csv.numberOrGap(r, "utilisation_p95"), csv.number(r, "fund_p05"), csv.number(r, "fund_p50"),
                    csv.number(r, "fund_p95"), csv.number(r, "liquidated_accounts_mean")));
        }
        return rows;
    }

    private static List<PriceFanRow> priceFan(CsvFile csv) {
        List<PriceFanRow> rows = new ArrayList<>();
        for (CSVRecord r : csv.records()) {
            rows.add(new PriceFanRow(csv.text(r, "market"), csv.count(r, "step"), csv.number(r, "hours"),
                    csv.number(r, "p01"), csv.number(r, "p50"), csv.number(r, "p99")));
        }
        return rows;
    }

    private static List<ShockRow> shocks(CsvFile csv) {
        List<ShockRow> rows = new ArrayList<>();
        for (CSVRecord r : csv.records()) {
            rows.add(new ShockRow(csv.text(r, "market"), csv.number(r, "start_hours"), csv.number(r, "end_hours"),
                    csv.number(r, "move")));
        }
        return rows;
    }
}
