package org.crossmargin.simulation.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.crossmargin.simulation.stats.AccountInfo;
import org.crossmargin.simulation.stats.AccountStatistics;
import org.crossmargin.simulation.stats.TinyRuns;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** accounts.csv and paths.csv against docs/outputs.md. */
class CsvWritersTest {
    private static final List<AccountInfo> INFOS = List.of(
            new AccountInfo("A1", 10_000, 50_000, "USDT+BTC"),
            new AccountInfo("A2", 2_000, 30_000, "USDT"),
            new AccountInfo("A3", -500, 1_000, ""));

    private static List<CSVRecord> parse(String text) throws Exception {
        try (CSVParser parser = CSVParser.parse(new StringReader(text), CSVFormat.DEFAULT)) {
            return new ArrayList<>(parser.getRecords());
        }
    }

    @Test
    void accountsCsvHasTheContractHeaderAndOneRowPerAccountAndMode(@TempDir Path dir) throws Exception {
        List<AccountStatistics> rows = new ArrayList<>(AccountStatistics.of(TinyRuns.cross(), INFOS));
        rows.addAll(AccountStatistics.of(TinyRuns.isolated(), INFOS));
        Path file = dir.resolve(AccountsCsv.FILE_NAME);
        AccountsCsv.write(file, rows);
        String text = Files.readString(file, StandardCharsets.UTF_8);
        assertEquals("account,mode,liquidation_probability,ci_low,ci_high,mean_shortfall,mean_user_loss,start_value,"
                + "notional,leverage,collateral", text.substring(0, text.indexOf('\n')));
        assertFalse(text.contains("\r"));
        List<CSVRecord> records = parse(text);
        assertEquals(1 + 6, records.size());
        CSVRecord a1 = records.get(1);
        // TinyRuns cross, A1: 3 of 4 paths, shortfall 1300 / 4 = 325, user loss 950 / 4 = 237.5, leverage 5.
        assertEquals(List.of("A1", "cross", "0.75"), List.of(a1.get(0), a1.get(1), a1.get(2)));
        assertEquals(325.0, Double.parseDouble(a1.get(5)), 0.0);
        assertEquals(237.5, Double.parseDouble(a1.get(6)), 0.0);
        assertEquals("5.0", a1.get(9));
        assertEquals("USDT+BTC", a1.get(10));
        CSVRecord a3 = records.get(3);
        assertEquals("", a3.get(9), "no leverage when the start value is not positive");
        assertEquals("", a3.get(10));
        assertEquals("isolated", records.get(4).get(1));
    }

    @Test
    void pathsCsvIsPathMajorWithIndicatorAndEmptyHours() throws Exception {
        StringWriter out = new StringWriter();
        PathsCsv.write(out, List.of(TinyRuns.cross(), TinyRuns.isolated()));
        String text = out.toString();
        assertEquals("path,mode,liquidated_accounts,shortfall,user_loss,insurance_fund_end,liquidated_notional,fees,"
                + "socialised_loss,fund_exhausted,first_liquidation_hours", text.substring(0, text.indexOf('\n')));
        List<CSVRecord> records = parse(text);
        assertEquals(1 + 8, records.size());
        // Row order: path 0 cross, path 0 isolated, path 1 cross, ...
        assertEquals(List.of("0", "cross"), List.of(records.get(1).get(0), records.get(1).get(1)));
        assertEquals(List.of("0", "isolated"), List.of(records.get(2).get(0), records.get(2).get(1)));
        assertEquals(List.of("1", "cross"), List.of(records.get(3).get(0), records.get(3).get(1)));
        assertEquals("", records.get(1).get(10), "path 0 has no liquidation");
        assertEquals("0", records.get(1).get(9));
        CSVRecord crossPath3 = records.get(7);
        // TinyRuns cross path 3: 3 accounts, shortfall 1500, fund 0, exhausted, first liquidation after 1 h.
        assertEquals(List.of("3", "cross", "3", "1500.0", "900.0", "0.0", "3000.0", "37.5", "462.5", "1", "1.0"),
                crossPath3.toList());
    }
}
