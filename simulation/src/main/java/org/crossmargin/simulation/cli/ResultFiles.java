package org.crossmargin.simulation.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.crossmargin.core.book.RunMode;
import org.crossmargin.simulation.engine.RunResult;
import org.crossmargin.simulation.engine.SampledSteps;
import org.crossmargin.simulation.engine.Timeseries;
import org.crossmargin.simulation.output.AccountsCsv;
import org.crossmargin.simulation.output.ImpactSection;
import org.crossmargin.simulation.output.PathsCsv;
import org.crossmargin.simulation.output.PriceFanCsv;
import org.crossmargin.simulation.output.RunHeader;
import org.crossmargin.simulation.output.RunInfo;
import org.crossmargin.simulation.output.ShocksCsv;
import org.crossmargin.simulation.output.SummaryJson;
import org.crossmargin.simulation.output.TimeseriesCsv;
import org.crossmargin.simulation.output.VerdictTable;
import org.crossmargin.simulation.scenario.MarketImpactSpec;
import org.crossmargin.simulation.scenario.MarketSpec;
import org.crossmargin.simulation.scenario.Scenario;
import org.crossmargin.simulation.scenario.Shock;
import org.crossmargin.simulation.stats.AccountStatistics;
import org.crossmargin.simulation.stats.CascadeSummary;
import org.crossmargin.simulation.stats.Comparison;
import org.crossmargin.simulation.stats.ModeRun;
import org.crossmargin.simulation.stats.ModeStatistics;
import org.crossmargin.simulation.stats.ModeSummary;
import org.crossmargin.simulation.stats.PairedComparison;
import org.crossmargin.simulation.stats.TailStatistics;

/**
 * The statistics of a finished run and the files they go into (docs/outputs.md): summary.json, accounts.csv,
 * paths.csv, and the report's timeseries.csv, price_fan.csv and shocks.csv.
 */
final class ResultFiles {
    private final RunResult result;
    private final List<ModeSummary> summaries;
    private final Comparison comparison;
    private final String engineVersion;
    private final List<CascadeSummary> cascades;

    private ResultFiles(RunResult result, List<ModeSummary> summaries, Comparison comparison, String engineVersion) {
        this.result = result;
        this.summaries = summaries;
        this.comparison = comparison;
        this.engineVersion = engineVersion;
        this.cascades = result.cascades().stream().map(CascadeSummary::of).toList();
    }

    /** Computes the statistics of {@code result}. */
    static ResultFiles of(RunResult result, String engineVersion) {
        List<ModeSummary> summaries = result.runs().stream().map(ModeStatistics::of).toList();
        Comparison comparison = result.runs().size() >= 2
                ? PairedComparison.of(result.runs().get(0), result.runs().get(1))
                : null;
        return new ResultFiles(result, summaries, comparison, engineVersion);
    }

    /** The per-mode statistics, in run order. */
    List<ModeSummary> summaries() {
        return summaries;
    }

    /** The per-mode cascade amplification, in run order; empty without market impact. */
    List<CascadeSummary> cascades() {
        return cascades;
    }

    /** The console verdict table (with the amplification lines when impact was on). */
    String verdict() {
        return VerdictTable.render(summaries, comparison, cascades);
    }

    /** The market-impact part of summary.json, or null when impact was off. */
    private ImpactSection impactSection(Scenario scenario) {
        if (cascades.isEmpty()) {
            return null;
        }
        MarketImpactSpec spec = scenario.marketImpact().orElseThrow();
        return new ImpactSection(spec, spec.toSettings(scenario.markets(), scenario.stepSeconds()),
                scenario.markets().stream().map(MarketSpec::name).toList(), cascades);
    }

    /** Writes every output file into {@code folder}. */
    void writeAll(Path folder) throws IOException {
        Scenario scenario = result.inputs().scenario();
        RunHeader header = RunHeader.of(scenario, result.inputs().book(), result.inputs().venue(),
                result.inputs().warnings());
        double wall = result.wallSeconds();
        RunInfo info = new RunInfo(result.settings().engine().label(), engineVersion, result.settings().threads(),
                wall, result.positionSteps(), wall > 0 ? result.positionSteps() / wall : 0.0);
        SummaryJson.write(folder.resolve(SummaryJson.FILE_NAME), header, summaries, comparison,
                impactSection(scenario), info);
        List<AccountStatistics> rows = new ArrayList<>();
        for (ModeRun run : result.runs()) {
            rows.addAll(AccountStatistics.of(run, result.accountInfo()));
        }
        AccountsCsv.write(folder.resolve(AccountsCsv.FILE_NAME), rows);
        PathsCsv.write(folder.resolve(PathsCsv.FILE_NAME), result.runs(), result.cascades());
        if (result.timeseries().isPresent()) {
            writeTimeseries(folder, result.timeseries().get(), scenario);
            writePriceFan(folder, result.timeseries().get(), scenario);
        }
        writeShocks(folder, scenario);
    }

    private void writeTimeseries(Path folder, Timeseries series, Scenario scenario) throws IOException {
        SampledSteps samples = series.samples();
        double hoursPerStep = scenario.stepSeconds() / 3600.0;
        try (TimeseriesCsv csv = TimeseriesCsv.open(folder.resolve(TimeseriesCsv.FILE_NAME))) {
            for (int m = 0; m < result.modes().size(); m++) {
                RunMode mode = result.modes().get(m);
                for (int i = 0; i < samples.size(); i++) {
                    double[] liquidated = series.liquidatedAccountsAt(m, i);
                    csv.row(mode, samples.step(i), samples.step(i) * hoursPerStep,
                            band(series.utilisationAt(m, i), 0.05, 0.50, 0.95),
                            band(series.fundAt(m, i), 0.05, 0.50, 0.95),
                            Arrays.stream(liquidated).sum() / liquidated.length);
                }
            }
        }
    }

    private static void writePriceFan(Path folder, Timeseries series, Scenario scenario) throws IOException {
        SampledSteps samples = series.samples();
        double hoursPerStep = scenario.stepSeconds() / 3600.0;
        try (PriceFanCsv csv = PriceFanCsv.open(folder.resolve(PriceFanCsv.FILE_NAME))) {
            for (int market = 0; market < scenario.markets().size(); market++) {
                for (int i = 0; i < samples.size(); i++) {
                    double[] fan = band(series.priceAt(market, i), 0.01, 0.50, 0.99);
                    csv.row(scenario.markets().get(market).name(), samples.step(i), samples.step(i) * hoursPerStep,
                            fan[0], fan[1], fan[2]);
                }
            }
        }
    }

    /** The fall windows of the shocks, as DESIGN §4 places them on the step grid. */
    private static void writeShocks(Path folder, Scenario scenario) throws IOException {
        long step = scenario.stepSeconds();
        double horizonHours = scenario.horizonSeconds() / 3600.0;
        try (ShocksCsv csv = ShocksCsv.open(folder.resolve(ShocksCsv.FILE_NAME))) {
            for (Shock shock : scenario.shocks()) {
                long startStep = shock.atSeconds() / step;
                long fallSteps = Math.max(1, (shock.overSeconds() + step - 1) / step);
                double start = startStep * step / 3600.0;
                double end = Math.min(horizonHours, (startStep + fallSteps) * step / 3600.0);
                for (Map.Entry<String, Double> move : shock.moves().entrySet()) {
                    csv.row(move.getKey(), start, end, move.getValue());
                }
            }
        }
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
