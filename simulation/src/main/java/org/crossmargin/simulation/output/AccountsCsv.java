package org.crossmargin.simulation.output;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.commons.csv.CSVPrinter;
import org.crossmargin.simulation.stats.AccountStatistics;

/**
 * Writes {@code accounts.csv} (docs/outputs.md): one row per account and mode, money in quote currency,
 * probabilities as fractions; {@code leverage} empty when the start value is not positive.
 */
public final class AccountsCsv {
    /** The file name inside the output folder. */
    public static final String FILE_NAME = "accounts.csv";

    /** The header, exactly as the contract gives it. */
    public static final List<String> HEADER = List.of("account", "mode", "liquidation_probability", "ci_low",
            "ci_high", "mean_shortfall", "mean_user_loss", "start_value", "notional", "leverage", "collateral");

    private AccountsCsv() {
    }

    /**
     * Writes {@code rows} to {@code file} (UTF-8) in the order given: modes in run order, book order within a mode.
     */
    public static void write(Path file, List<AccountStatistics> rows) throws IOException {
        try (Writer writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            write(writer, rows);
        }
    }

    /** Writes the header and {@code rows} to {@code writer} (not closed). */
    public static void write(Writer writer, List<AccountStatistics> rows) throws IOException {
        final CSVPrinter printer = new CSVPrinter(writer, CsvFormats.withHeader(HEADER.toArray(String[]::new)));
        for (AccountStatistics row : rows) {
            printer.printRecord(row.account().id(), row.mode().label(),
                    CsvFormats.number(row.liquidationProbability()), CsvFormats.number(row.ci95().low()),
                    CsvFormats.number(row.ci95().high()), CsvFormats.number(row.meanShortfall()),
                    CsvFormats.number(row.meanUserLoss()), CsvFormats.number(row.account().startValue()),
                    CsvFormats.number(row.account().notional()), CsvFormats.number(row.account().leverage()),
                    row.account().collateral());
        }
        printer.flush();
    }
}
