package org.crossmargin.simulation.output;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVPrinter;
import org.crossmargin.simulation.stats.CascadeRun;
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
        write(file, runs, List.of());
    }

    /**
     * Writes the runs of every mode to {@code file} (UTF-8); with market impact ({@code cascades} one per mode, in
     * the same order) each row ends with {@code max_impact_<market>} per impacted market: the largest
     * {@code |exp(J) - 1|} the path's prices saw, a fraction of the exogenous price.
     */
    public static void write(Path file, List<ModeRun> runs, List<CascadeRun> cascades) throws IOException {
        try (Writer writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            write(writer, runs, cascades);
        }
    }

    /** Writes the header and the rows of {@code runs} to {@code writer} (not closed). */
    public static void write(Writer writer, List<ModeRun> runs) throws IOException {
        write(writer, runs, List.of());
    }

    /** Writes the header and the rows of {@code runs} and their {@code cascades} (or none) to {@code writer}. */
    public static void write(Writer writer, List<ModeRun> runs, List<CascadeRun> cascades) throws IOException {
        final int paths = runs.isEmpty() ? 0 : runs.get(0).paths();
        for (ModeRun run : runs) {
            if (run.paths() != paths) {
                throw new IllegalArgumentException("runs: expected " + paths + " paths in every mode, got "
                        + run.paths() + " in " + run.mode().label());
            }
        }
        if (!cascades.isEmpty() && cascades.size() != runs.size()) {
            throw new IllegalArgumentException("cascades: expected one per mode (" + runs.size() + "), got "
                    + cascades.size());
        }
        final List<String> impacted = cascades.isEmpty() ? List.of() : cascades.get(0).markets();
        final List<String> header = new ArrayList<>(HEADER);
        impacted.forEach(market -> header.add("max_impact_" + market));
        final CSVPrinter printer = new CSVPrinter(writer, CsvFormats.withHeader(header.toArray(String[]::new)));
        final List<String> row = new ArrayList<>(header.size());
        for (int p = 0; p < paths; p++) {
            for (int m = 0; m < runs.size(); m++) {
                final ModeRun run = runs.get(m);
                row.clear();
                row.addAll(List.of(Integer.toString(p), run.mode().label(),
                        Integer.toString(run.liquidatedAccountsUnsafe()[p]),
                        CsvFormats.number(run.shortfallUnsafe()[p]), CsvFormats.number(run.userLossUnsafe()[p]),
                        CsvFormats.number(run.fundEndUnsafe()[p]), CsvFormats.number(run.liquidatedNotionalUnsafe()[p]),
                        CsvFormats.number(run.feesUnsafe()[p]), CsvFormats.number(run.socialisedLossUnsafe()[p]),
                        run.fundExhaustedUnsafe()[p] ? "1" : "0",
                        CsvFormats.number(run.firstLiquidationHoursUnsafe()[p])));
                for (int k = 0; k < impacted.size(); k++) {
                    row.add(CsvFormats.number(cascades.get(m).maxImpactUnsafe(k)[p]));
                }
                printer.printRecord(row);
            }
        }
        printer.flush();
    }
}
