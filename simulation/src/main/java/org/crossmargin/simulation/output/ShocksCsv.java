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
 * Writes {@code shocks.csv} (docs/outputs.md) row by row: one row per shock and market, the fall's window in hours
 * and its price move (a fraction: -0.30 is a 30% fall), for marking the fan chart.
 */
public final class ShocksCsv implements Closeable {
    /** The file name inside the output folder. */
    public static final String FILE_NAME = "shocks.csv";

    /** The header, exactly as the contract gives it. */
    public static final List<String> HEADER = List.of("market", "start_hours", "end_hours", "move");

    private final CSVPrinter printer;

    private ShocksCsv(Writer writer) throws IOException {
        printer = new CSVPrinter(writer, CsvFormats.withHeader(HEADER.toArray(String[]::new)));
    }

    /** Opens {@code file} (UTF-8) and writes the header. */
    public static ShocksCsv open(Path file) throws IOException {
        return new ShocksCsv(Files.newBufferedWriter(file, StandardCharsets.UTF_8));
    }

    /** Writes the header to {@code writer}; {@link #close()} closes the writer. */
    public static ShocksCsv open(Writer writer) throws IOException {
        return new ShocksCsv(writer);
    }

    /** Writes one row: the fall of {@code market} from {@code startHours} to {@code endHours} by {@code move}. */
    public void row(String market, double startHours, double endHours, double move) throws IOException {
        printer.printRecord(market, CsvFormats.number(startHours), CsvFormats.number(endHours),
                CsvFormats.number(move));
    }

    /** Flushes and closes the file. */
    @Override
    public void close() throws IOException {
        printer.close(true);
    }
}
