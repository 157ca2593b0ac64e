package org.crossmargin.simulation.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.crossmargin.simulation.engine.RunResult;
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
import org.crossmargin.simulation.report.ReportRows;
import org.crossmargin.simulation.scenario.MarketImpactSpec;
import org.crossmargin.simulation.scenario.MarketSpec;
import org.crossmargin.simulation.scenario.Scenario;
import org.crossmargin.simulation.stats.AccountStatistics;
import org.crossmargin.simulation.stats.CascadeSummary;
import org.crossmargin.simulation.stats.Comparison;
import org.crossmargin.simulation.stats.ModeRun;
import org.crossmargin.simulation.stats.ModeStatistics;
import org.crossmargin.simulation.stats.ModeSummary;
import org.crossmargin.simulation.stats.PairedComparison;

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
    private final List<AccountStatistics> accounts;
    private final ChartBands bands;

    private ResultFiles(RunResult result, List<ModeSummary> summaries, Comparison comparison, String engineVersion) {
        this.result = result;
        this.summaries = summaries;
        this.comparison = comparison;
        this.engineVersion = engineVersion;
        this.cascades = result.cascades().stream().map(CascadeSummary::of).toList();
        List<AccountStatistics> rows = new ArrayList<>();
        for (ModeRun run : result.runs()) {
            rows.addAll(AccountStatistics.of(run, result.accountInfo()));
        }
        this.accounts = List.copyOf(rows);
        this.bands = ChartBands.of(result.timeseries().orElse(null), result.modes(), result.inputs().scenario());
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

    /** Writes every output file into {@code folder}: {@link #writeSummary}, then {@link #writeTables}. */
    void writeAll(Path folder) throws IOException {
        writeSummary(folder);
        writeTables(folder);
    }

    /** Writes summary.json into {@code folder}: the one file the report reads, so it goes first. */
    void writeSummary(Path folder) throws IOException {
        Scenario scenario = result.inputs().scenario();
        RunHeader header = RunHeader.of(scenario, result.inputs().book(), result.inputs().venue(),
                result.inputs().warnings());
        double wall = result.wallSeconds();
        RunInfo info = new RunInfo(result.settings().engine().label(), engineVersion, result.settings().threads(),
                wall, result.positionSteps(), wall > 0 ? result.positionSteps() / wall : 0.0);
        SummaryJson.write(folder.resolve(SummaryJson.FILE_NAME), header, summaries, comparison,
                impactSection(scenario), info);
    }

    /** Writes accounts.csv, paths.csv, timeseries.csv, price_fan.csv and shocks.csv into {@code folder}. */
    void writeTables(Path folder) throws IOException {
        AccountsCsv.write(folder.resolve(AccountsCsv.FILE_NAME), accounts);
        PathsCsv.write(folder.resolve(PathsCsv.FILE_NAME), result.runs(), result.cascades());
        if (result.timeseries().isPresent()) { // no reservoir, no chart files (the report then says what is missing)
            try (TimeseriesCsv csv = TimeseriesCsv.open(folder.resolve(TimeseriesCsv.FILE_NAME))) {
                for (ChartBands.Fan row : bands.timeseries()) {
                    csv.row(row.mode(), row.step(), row.hours(), row.utilisation(), row.fund(), row.liquidatedMean());
                }
            }
            try (PriceFanCsv csv = PriceFanCsv.open(folder.resolve(PriceFanCsv.FILE_NAME))) {
                for (ChartBands.PriceFan row : bands.priceFan()) {
                    csv.row(row.market(), row.step(), row.hours(), row.fan()[0], row.fan()[1], row.fan()[2]);
                }
            }
        }
        try (ShocksCsv csv = ShocksCsv.open(folder.resolve(ShocksCsv.FILE_NAME))) {
            for (ChartBands.ShockWindow row : bands.shocks()) {
                csv.row(row.market(), row.startHours(), row.endHours(), row.move());
            }
        }
    }

    /** The rows of the files of {@link #writeTables} (without paths.csv's max_impact_*), for the report. */
    ReportRows reportRows() {
        ReportRows rows = new ReportRows();
        for (AccountStatistics row : accounts) {
            rows.account(row.account().id(), row.mode().label(), row.liquidationProbability(), row.ci95().low(),
                    row.ci95().high(), row.meanShortfall(), row.meanUserLoss(), row.account().startValue(),
                    row.account().notional(), row.account().leverage(), row.account().collateral());
        }
        List<ModeRun> runs = result.runs();
        int paths = runs.isEmpty() ? 0 : runs.get(0).paths();
        for (int p = 0; p < paths; p++) { // path-major, as paths.csv
            for (ModeRun run : runs) {
                rows.path(p, run.mode().label(), run.liquidatedAccountsUnsafe()[p], run.shortfallUnsafe()[p],
                        run.userLossUnsafe()[p], run.fundEndUnsafe()[p], run.liquidatedNotionalUnsafe()[p],
                        run.feesUnsafe()[p], run.socialisedLossUnsafe()[p], run.fundExhaustedUnsafe()[p],
                        run.firstLiquidationHoursUnsafe()[p]);
            }
        }
        for (ChartBands.Fan row : bands.timeseries()) {
            rows.timeseries(row.mode().label(), row.step(), row.hours(), row.utilisation(), row.fund(),
                    row.liquidatedMean());
        }
        for (ChartBands.PriceFan row : bands.priceFan()) {
            rows.priceFan(row.market(), row.step(), row.hours(), row.fan()[0], row.fan()[1], row.fan()[2]);
        }
        for (ChartBands.ShockWindow row : bands.shocks()) {
            rows.shock(row.market(), row.startHours(), row.endHours(), row.move());
        }
        return rows;
    }
}
