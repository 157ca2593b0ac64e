package org.crossmargin.simulation.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportRowsTest {
    @TempDir
    Path temp;

    /** The rows of {@code folder} as the run's writers hand them over: NaN where a file has an empty cell. */
    private static ReportRows rowsOf(OutputFolder folder) {
        ReportRows rows = new ReportRows();
        for (AccountRow r : folder.accounts()) {
            rows.account(r.account(), r.mode(), r.liquidationProbability(), r.ciLow(), r.ciHigh(), r.meanShortfall(),
                    r.meanUserLoss(), r.startValue(), r.notional(), r.leverage().orElse(Double.NaN),
                    String.join("+", r.collateral()));
        }
        for (PathRow r : folder.paths()) {
            rows.path(r.path(), r.mode(), r.liquidatedAccounts(), r.shortfall(), r.userLoss(), r.insuranceFundEnd(),
                    r.liquidatedNotional(), r.fees(), r.socialisedLoss(), r.fundExhausted(),
                    r.firstLiquidationHours().orElse(Double.NaN));
        }
        for (TimeseriesRow r : folder.timeseries()) {
            rows.timeseries(r.mode(), r.step(), r.hours(),
                    new double[] {r.utilisationP05(), r.utilisationP50(), r.utilisationP95()},
                    new double[] {r.fundP05(), r.fundP50(), r.fundP95()}, r.liquidatedAccountsMean());
        }
        for (PriceFanRow r : folder.priceFan()) {
            rows.priceFan(r.market(), r.step(), r.hours(), r.p01(), r.p50(), r.p99());
        }
        for (ShockRow r : folder.shocks()) {
            rows.shock(r.market(), r.startHours(), r.endHours(), r.move());
        }
        return rows;
    }

    @Test
    void rowsInMemoryGiveTheSamePageAsTheFilesTheyWereWrittenTo() throws Exception {
        for (String fixture : List.of(Fixtures.FLASH_CRASH, Fixtures.BOOKED)) {
            Path dir = Fixtures.copy(fixture, temp.resolve(fixture));
            String fromFiles = Files.readString(ReportWriter.write(dir), StandardCharsets.UTF_8);
            ReportRows rows = rowsOf(OutputFolder.read(dir));
            Files.delete(dir.resolve(ReportWriter.FILE_NAME));
            Optional<Path> written = ReportWriter.write(dir, rows);
            assertEquals(Optional.of(dir.resolve(ReportWriter.FILE_NAME)), written, fixture);
            assertEquals(fromFiles, Files.readString(written.get(), StandardCharsets.UTF_8), fixture);
        }
    }

    @Test
    void aProbabilityTheFileReaderWouldRejectWritesNoPage() throws Exception {
        Path dir = Fixtures.copy(Fixtures.BOOKED, temp.resolve("bad"));
        ReportRows rows = rowsOf(OutputFolder.read(dir));
        // written as "1.5", accounts.csv would fail OutputFolder.probability: the caller must read the files instead
        rows.account("X1", "booked", 1.5, 0.0, 1.0, 0.0, 0.0, 100.0, 0.0, Double.NaN, "");
        assertTrue(ReportWriter.write(dir, rows).isEmpty());
        assertFalse(Files.exists(dir.resolve(ReportWriter.FILE_NAME)));
    }

    @Test
    void aShortfallThatIsNotANumberWritesNoPage() throws Exception {
        Path dir = Fixtures.copy(Fixtures.BOOKED, temp.resolve("nan"));
        ReportRows rows = rowsOf(OutputFolder.read(dir));
        // NaN is written as an empty cell, which CsvFile.number rejects for shortfall
        rows.path(0, "booked", 0, Double.NaN, 0.0, 0.0, 0.0, 0.0, 0.0, false, Double.NaN);
        assertTrue(ReportWriter.write(dir, rows).isEmpty());
    }
}
