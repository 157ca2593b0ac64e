package org.crossmargin.simulation.output;

import java.io.Closeable;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.commons.csv.CSVPrinter;
import org.crossmargin.core.book.RunMode;

/**
 * Writes {@code timeseries.csv} (docs/outputs.md) row by row, for the report's fan charts: per mode and sampled
 * step, quantiles over the reservoir paths of the book's utilisation (maintenance / equity, a fraction) and of the
 * insurance fund (quote currency), and the mean cumulative number of liquidated accounts. The caller computes the
 * numbers; this class only fixes the header and the formatting.
 */
public final class TimeseriesCsv implements Closeable {
    /** The file name inside the output folder. */
    public static final String FILE_NAME = "timeseries.csv";

    /** The header, exactly as the contract gives it. */
    public static final List<String> HEADER = List.of("mode", "step", "hours", "utilisation_p05", "utilisation_p50",
            "utilisation_p95", "fund_p05", "fund_p50", "fund_p95", "liquidated_accounts_mean");

    private final CSVPrinter printer;

    private TimeseriesCsv(Writer writer) throws IOException {
        printer = new CSVPrinter(writer, CsvFormats.withHeader(HEADER.toArray(String[]::new)));
    }

    /** Opens {@code file} (UTF-8) and writes the header. */
    public static TimeseriesCsv open(Path file) throws IOException {
        return new TimeseriesCsv(Files.newBufferedWriter(file, StandardCharsets.UTF_8));
    }

    /** Writes the header to {@code writer}; {@link #close()} closes the writer. */
    public static TimeseriesCsv open(Writer writer) throws IOException {
        return new TimeseriesCsv(writer);
    }

    /**
     * Writes one row; NaN (e.g. utilisation when no unit is live) is written empty.
     *
     * @param mode    the margin mode
     * @param step    the step index, 0 = start
     * @param hours   time of the step, hours
     * @param utilisation p05, p50, p95 of total maintenance / total equity of live units
     * @param fund        p05, p50, p95 of the insurance fund, quote currency
     * @param liquidatedAccountsMean mean cumulative liquidated accounts over the reservoir
     */
    public void row(RunMode mode, int step, double hours, double[] utilisation, double[] fund,
                    double liquidatedAccountsMean) throws IOException {
        if (utilisation.length != 3 || fund.length != 3) {
            throw new IllegalArgumentException("timeseries: expected p05, p50, p95 of utilisation and fund, got "
                    + utilisation.length + " and " + fund.length + " values");
        }
        printer.printRecord(mode.label(), Integer.toString(step), CsvFormats.number(hours),
                CsvFormats.number(utilisation[0]), CsvFormats.number(utilisation[1]), CsvFormats.number(utilisation[2]),
                CsvFormats.number(fund[0]), CsvFormats.number(fund[1]), CsvFormats.number(fund[2]),
                CsvFormats.number(liquidatedAccountsMean));
    }

    /** Flushes and closes the file. */
    @Override
    public void close() throws IOException {
        printer.close(true);
    }
}
