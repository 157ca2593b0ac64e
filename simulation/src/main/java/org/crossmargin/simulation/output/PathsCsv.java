package org.crossmargin.simulation.output;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.commons.csv.CSVPrinter;
import org.crossmargin.simulation.stats.ModeRun;

/**
 * Writes {@code paths.csv} (docs/outputs.md): one row per path and mode, path-major (path 0 of every mode, then
 * path 1, ...), money in quote currency, {@code fund_exhausted} 0/1, {@code first_liquidation_hours} empty when the
 * path has no liquidation.
 */
public final class PathsCsv {
    /** The file name inside the output folder. */
    public static final String FILE_NAME = "paths.csv";

    /** The header, exactly as the contract gives it. */
    public static final List<String> HEADER = List.of("path", "mode", "liquidated_accounts", "shortfall",
            "user_loss", "insurance_fund_end", "liquidated_notional", "fees", "socialised_loss", "fund_exhausted",
            "first_liquidation_hours");

    private PathsCsv() {
    }

    /** Writes the runs of every mode, in run order, to {@code file} (UTF-8). */
    public static void write(Path file, List<ModeRun> runs) throws IOException {
        try (Writer writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            write(writer, runs);
        }
    }

    /** Writes the header and the rows of {@code runs} to {@code writer} (not closed). */
    public static void write(Writer writer, List<ModeRun> runs) throws IOException {
        final int paths = runs.isEmpty() ? 0 : runs.get(0).paths();
        for (ModeRun run : runs) {
            if (run.paths() != paths) {
                throw new IllegalArgumentException("runs: expected " + paths + " paths in every mode, got "
                        + run.paths() + " in " + run.mode().label());
            }
        }
        final CSVPrinter printer = new CSVPrinter(writer, CsvFormats.withHeader(HEADER.toArray(String[]::new)));
        for (int p = 0; p < paths; p++) {
            for (ModeRun run : runs) {
                printer.printRecord(Integer.toString(p), run.mode().label(),
                        Integer.toString(run.liquidatedAccountsUnsafe()[p]),
                        CsvFormats.number(run.shortfallUnsafe()[p]), CsvFormats.number(run.userLossUnsafe()[p]),
                        CsvFormats.number(run.fundEndUnsafe()[p]), CsvFormats.number(run.liquidatedNotionalUnsafe()[p]),
                        CsvFormats.number(run.feesUnsafe()[p]), CsvFormats.number(run.socialisedLossUnsafe()[p]),
                        run.fundExhaustedUnsafe()[p] ? "1" : "0",
                        CsvFormats.number(run.firstLiquidationHoursUnsafe()[p]));
            }
        }
        printer.flush();
    }
}
