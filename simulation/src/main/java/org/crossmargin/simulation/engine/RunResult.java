package org.crossmargin.simulation.engine;

import java.util.List;
import java.util.Optional;
import org.crossmargin.core.book.RunMode;
import org.crossmargin.simulation.scenario.RunInputs;
import org.crossmargin.simulation.stats.AccountInfo;
import org.crossmargin.simulation.stats.CascadeRun;
import org.crossmargin.simulation.stats.ModeRun;

/**
 * Everything a run produced, before statistics: the inputs, one {@link ModeRun} per mode (in the scenario's mode
 * order) and the report's time series.
 *
 * @param inputs        the scenario, book and venue that were run
 * @param modes         the modes run, in order
 * @param runs          per-path and per-account results, one per mode
 * @param accountInfo   per-account facts at the start (value, notional, collateral) for accounts.csv
 * @param timeseries    per-step aggregates of the reservoir paths, when recorded
 * @param settings      threads and engine used
 * @param wallSeconds   wall time of the simulation, seconds
 * @param positionSteps positions × steps × paths summed over modes: the work the exhaustive loop would do
 * @param cascades      with market impact: per mode, the paired with-minus-without measurements; else empty
 */
public record RunResult(RunInputs inputs, List<RunMode> modes, List<ModeRun> runs, List<AccountInfo> accountInfo,
                        Optional<Timeseries> timeseries, RunSettings settings, double wallSeconds,
                        double positionSteps, List<CascadeRun> cascades) {
    public RunResult {
        modes = List.copyOf(modes);
        runs = List.copyOf(runs);
        accountInfo = List.copyOf(accountInfo);
        cascades = List.copyOf(cascades);
    }

    /** A result without market impact. */
    public RunResult(RunInputs inputs, List<RunMode> modes, List<ModeRun> runs, List<AccountInfo> accountInfo,
                     Optional<Timeseries> timeseries, RunSettings settings, double wallSeconds,
                     double positionSteps) {
        this(inputs, modes, runs, accountInfo, timeseries, settings, wallSeconds, positionSteps, List.of());
    }
}
