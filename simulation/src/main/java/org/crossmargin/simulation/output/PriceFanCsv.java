package org.crossmargin.simulation.output;

import java.io.Closeable;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.commons.csv.CSVPrinter;

/**
 * Writes {@code price_fan.csv} (docs/outputs.md) row by row: per market and sampled step, the 1%, 50% and 99%
 * quantiles of the exogenous price (quote currency) over the reservoir paths. The caller computes the numbers.
 */
public final class PriceFanCsv implements Closeable {
    /** The file name inside the output folder. */
    public static final String FILE_NAME = "price_fan.csv";

    /** The header, exactly as the contract gives it. */
    public static final List<String> HEADER = List.of("market", "step", "hours", "p01", "p50", "p99");

    private final CSVPrinter printer;

    private PriceFanCsv(Writer writer) throws IOException {
        printer = new CSVPrinter(writer, CsvFormats.withHeader(HEADER.toArray(String[]::new)));
    }

    /** Opens {@code file} (UTF-8) and writes the header. */
    public static PriceFanCsv open(Path file) throws IOException {
        return new PriceFanCsv(Files.newBufferedWriter(file, StandardCharsets.UTF_8));
    }

    /** Writes the header to {@code writer}; {@link #close()} closes the writer. */
    public static PriceFanCsv open(Writer writer) throws IOException {
        return new PriceFanCsv(writer);
    }

    /** Writes one row: {@code market} at {@code step} ({@code hours} from the start), price quantiles. */
    public void row(String market, int step, double hours, double p01, double p50, double p99) throws IOException {
        printer.printRecord(market, Integer.toString(step), CsvFormats.number(hours), CsvFormats.number(p01),
                CsvFormats.number(p50), CsvFormats.number(p99));
    }

    /** Flushes and closes the file. */
    @Override
    public void close() throws IOException {
        printer.close(true);
    }
}
