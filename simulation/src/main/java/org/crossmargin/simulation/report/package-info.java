/**
 * The committee report: {@link org.crossmargin.simulation.report.ReportWriter#write} turns a run's output folder
 * into one self-contained report.html (Mustache template, Apache ECharts inlined, no network), and
 * {@link org.crossmargin.simulation.report.BatchIndexWriter#write} writes a batch's index.html.
 */
package org.crossmargin.simulation.report;
