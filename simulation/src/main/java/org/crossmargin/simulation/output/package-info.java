/**
 * The output files of {@code crossmargin run} (docs/outputs.md) and the console verdict. Entry point: {@link
 * org.crossmargin.simulation.output.OutputFolder}, which makes the output folder appear whole or not at all; the
 * writers {@link org.crossmargin.simulation.output.SummaryJson}, {@link
 * org.crossmargin.simulation.output.AccountsCsv} and {@link org.crossmargin.simulation.output.PathsCsv} fill it, and
 * {@link org.crossmargin.simulation.output.VerdictTable} renders the table printed at the end of a run. The chart
 * files are written row by row with {@link org.crossmargin.simulation.output.TimeseriesCsv}, {@link
 * org.crossmargin.simulation.output.PriceFanCsv} and {@link org.crossmargin.simulation.output.ShocksCsv}.
 */
package org.crossmargin.simulation.output;
