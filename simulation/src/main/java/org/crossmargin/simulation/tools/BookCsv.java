package org.crossmargin.simulation.tools;

import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.crossmargin.core.account.Account;
import org.crossmargin.core.account.Collateral;
import org.crossmargin.core.account.Position;

/**
 * Writes a book in the CSV format of DESIGN §8: a header, then one row per holding, the rows of an account
 * together (collateral first), blank optional fields empty, {@code \n} line ends, numbers in plain decimal notation.
 */
public final class BookCsv {

    /** The header row, in column order. */
    public static final List<String> HEADER =
            List.of("account", "margin_mode", "type", "asset", "quantity", "entry_price", "isolated_margin");

    private static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder()
            .setHeader(HEADER.toArray(String[]::new))
            .setRecordSeparator('\n')
            .get();

    private BookCsv() {
    }

    /** Writes {@code accounts} to {@code file}, replacing it. */
    public static void write(List<Account> accounts, Path file) throws IOException {
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        try (Writer writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
             CSVPrinter printer = new CSVPrinter(writer, FORMAT)) {
            for (Account account : accounts) {
                String mode = account.marginMode().name().toLowerCase(java.util.Locale.ROOT);
                for (Collateral collateral : account.collateral()) {
                    printer.printRecord(account.id(), mode, "collateral", collateral.asset(),
                            plain(collateral.quantity()), "", "");
                }
                for (Position position : account.positions()) {
                    String margin = position.isolatedMargin().isPresent()
                            ? plain(position.isolatedMargin().getAsDouble()) : "";
                    printer.printRecord(account.id(), mode, "perpetual", position.market(),
                            plain(position.quantity()), plain(position.entryPrice()), margin);
                }
            }
        }
    }

    /** {@code x} in the shortest plain decimal form that reads back as the same double: 0.001, 100000, -2.5. */
    static String plain(double x) {
        return BigDecimal.valueOf(x).stripTrailingZeros().toPlainString();
    }
}
