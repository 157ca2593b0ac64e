/**
 * Monte Carlo statistics per margin mode (DESIGN §5): the runner fills a {@link
 * org.crossmargin.simulation.stats.ModeRun} per mode; {@link org.crossmargin.simulation.stats.ModeStatistics#of}
 * gives its {@link org.crossmargin.simulation.stats.ModeSummary}, {@link
 * org.crossmargin.simulation.stats.PairedComparison#of} the paired comparison of two modes and {@link
 * org.crossmargin.simulation.stats.AccountStatistics#of} the per-account rows. Primitives: {@link
 * org.crossmargin.simulation.stats.WilsonInterval}, {@link org.crossmargin.simulation.stats.TailStatistics}
 * (VaR and expected shortfall), {@link org.crossmargin.simulation.stats.MeanEstimate}.
 */
package org.crossmargin.simulation.stats;
