package org.crossmargin.simulation.cli;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.crossmargin.core.book.RunMode;
import org.crossmargin.simulation.engine.SampledSteps;
import org.crossmargin.simulation.engine.Timeseries;
import org.crossmargin.simulation.scenario.Scenario;
import org.crossmargin.simulation.scenario.Shock;
import org.crossmargin.simulation.stats.TailStatistics;

/**
 * The rows of timeseries.csv, price_fan.csv and shocks.csv: quantiles over the run's path reservoir per sampled step
 * and the shocks' fall windows, computed once, then both written to the files and handed to the report.
 *
 * @param timeseries per mode (run order) and sampled step; empty when the run kept no reservoir
 * @param priceFan   per market (scenario order) and sampled step; empty when the run kept no reservoir
 * @param shocks     per shock and market, in scenario order
 */
record ChartBands(List<Fan> timeseries, List<PriceFan> priceFan, List<ShockWindow> shocks) {
    ChartBands {
        timeseries = List.copyOf(timeseries);
        priceFan = List.copyOf(priceFan);
        shocks = List.copyOf(shocks);
    }

    /**
     * One timeseries.csv row.
     *
     * @param mode           the margin mode
     * @param step           the step index, 0 = start
     * @param hours          time of the step, hours
     * @param utilisation    p05, p50, p95 of total maintenance / total equity of live units (NaN: none live)
     * @param fund           p05, p50, p95 of the insurance fund, quote currency
     * @param liquidatedMean mean cumulative liquidated accounts over the reservoir
     */
    record Fan(RunMode mode, int step, double hours, double[] utilisation, double[] fund, double liquidatedMean) {
    }

    /**
     * One price_fan.csv row: p01, p50, p99 of the exogenous price (quote currency).
     *
     * @param market the market name
     * @param step   the step index
     * @param hours  time of the step, hours
     * @param fan    p01, p50, p99
     */
    record PriceFan(String market, int step, double hours, double[] fan) {
    }

    /**
     * One shocks.csv row: a shock's fall window in one market.
     *
     * @param market     the market name
     * @param startHours window start, hours
     * @param endHours   window end, hours (cut at the horizon)
     * @param move       the price change over the window, a fraction
     */
    record ShockWindow(String market, double startHours, double endHours, double move) {
    }

    /** The rows of a run of {@code scenario} in {@code modes} (run order), with its reservoir {@code series} or null. */
    static ChartBands of(Timeseries series, List<RunMode> modes, Scenario scenario) {
        List<ShockWindow> shocks = shockWindows(scenario);
        if (series == null) {
            return new ChartBands(List.of(), List.of(), shocks);
        }
        SampledSteps samples = series.samples();
        double hoursPerStep = scenario.stepSeconds() / 3600.0;
        List<Fan> fans = new ArrayList<>();
        for (int m = 0; m < modes.size(); m++) {
            for (int i = 0; i < samples.size(); i++) {
                double[] liquidated = series.liquidatedAccountsAt(m, i);
                fans.add(new Fan(modes.get(m), samples.step(i), samples.step(i) * hoursPerStep,
                        band(series.utilisationAt(m, i), 0.05, 0.50, 0.95),
                        band(series.fundAt(m, i), 0.05, 0.50, 0.95),
                        Arrays.stream(liquidated).sum() / liquidated.length));
            }
        }
        List<PriceFan> prices = new ArrayList<>();
        for (int market = 0; market < scenario.markets().size(); market++) {
            for (int i = 0; i < samples.size(); i++) {
                prices.add(new PriceFan(scenario.markets().get(market).name(), samples.step(i),
                        samples.step(i) * hoursPerStep, band(series.priceAt(market, i), 0.01, 0.50, 0.99)));
            }
        }
        return new ChartBands(fans, prices, shocks);
    }

    /** The fall windows of the shocks, as DESIGN §4 places them on the step grid. */
    private static List<ShockWindow> shockWindows(Scenario scenario) {
        long step = scenario.stepSeconds();
        double horizonHours = scenario.horizonSeconds() / 3600.0;
        List<ShockWindow> windows = new ArrayList<>();
        for (Shock shock : scenario.shocks()) {
            long startStep = shock.atSeconds() / step;
            long fallSteps = Math.max(1, (shock.overSeconds() + step - 1) / step);
            double start = startStep * step / 3600.0;
            double end = Math.min(horizonHours, (startStep + fallSteps) * step / 3600.0);
            for (Map.Entry<String, Double> move : shock.moves().entrySet()) {
                windows.add(new ShockWindow(move.getKey(), start, end, move.getValue()));
            }
        }
        return windows;
    }

    /** Order-statistic quantiles (x_(ceil(q n)), as everywhere in the outputs) of the finite values. */
    private static double[] band(double[] values, double low, double mid, double high) {
        double[] finite = Arrays.stream(values).filter(Double::isFinite).toArray();
        if (finite.length == 0) {
            return new double[] {Double.NaN, Double.NaN, Double.NaN};
        }
        TailStatistics tail = TailStatistics.of(finite);
        return new double[] {tail.quantile(low), tail.quantile(mid), tail.quantile(high)};
    }
}
