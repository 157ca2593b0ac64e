package org.crossmargin.simulation.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.crossmargin.simulation.input.InputException;
import org.crossmargin.simulation.input.Problem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OutputFolderTest {
    @TempDir
    Path temp;

    private Path fixture() {
        return Fixtures.copy(Fixtures.FLASH_CRASH, temp.resolve("f"));
    }

    private static void replaceLine(Path file, int line, String text) throws Exception {
        List<String> lines = new java.util.ArrayList<>(Files.readAllLines(file, StandardCharsets.UTF_8));
        lines.set(line - 1, text);
        Files.write(file, lines, StandardCharsets.UTF_8);
    }

    @Test
    void readsEveryFileOfTheFixture() throws Exception {
        OutputFolder folder = OutputFolder.read(fixture());
        // 24 accounts x 2 modes; 400 paths x 2 modes; 241 sampled steps x 2 modes and x 2 markets; 2 shocks
        assertEquals(48, folder.accounts().size());
        assertEquals(800, folder.paths().size());
        assertEquals(482, folder.timeseries().size());
        assertEquals(482, folder.priceFan().size());
        assertEquals(2, folder.shocks().size());
        assertEquals(List.of("cross", "isolated"), folder.summary().modes());
        assertEquals(List.of("USDT", "BTC"), folder.accountsOf("cross").get(1).collateral());
    }

    @Test
    void badCellIsLocatedByFileLineColumnAndField() throws Exception {
        Path dir = fixture();
        Path accounts = dir.resolve("accounts.csv");
        // line 3 = the second account; leverage is column 10
        replaceLine(accounts, 3, "A0002,cross,0.0,0.0,0.0095,0.0,19574.4,60426.76,108768.2,\"1,5\",USDT+BTC");
        InputException e = assertThrows(InputException.class, () -> OutputFolder.read(dir));
        Problem problem = e.problems().get(0);
        assertEquals(new Problem(accounts.toString(), 3, 10, "leverage", "expected a number, got \"1,5\""), problem);
    }

    @Test
    void everyBadFileIsReportedAtOnce() throws Exception {
        Path dir = fixture();
        Files.writeString(dir.resolve("summary.json"), "{\"scenario\": \"x\", ", StandardCharsets.UTF_8);
        Files.delete(dir.resolve("shocks.csv"));
        Files.writeString(dir.resolve("price_fan.csv"), "market,step,hours,p01,p99\n", StandardCharsets.UTF_8);
        InputException e = assertThrows(InputException.class, () -> OutputFolder.read(dir));
        List<String> files = e.problems().stream().map(Problem::file).toList();
        assertEquals(List.of(dir.resolve("summary.json").toString(), dir.resolve("price_fan.csv").toString(),
                dir.resolve("shocks.csv").toString()), files);
        assertTrue(e.problems().get(0).message().startsWith("malformed JSON"), e.getMessage());
        assertEquals("header", e.problems().get(1).field());
    }

    @Test
    void summaryWithTextForARequiredNumberNamesTheKey() throws Exception {
        Path dir = fixture();
        String json = Files.readString(dir.resolve("summary.json"), StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("summary.json"), json.replaceFirst("\"es_99\": [0-9.e+-]+", "\"es_99\": \"high\""),
                StandardCharsets.UTF_8);
        InputException e = assertThrows(InputException.class, () -> OutputFolder.read(dir));
        assertEquals("modes.cross.shortfall.es_99", e.problems().get(0).field());
    }

    @Test
    void pathsOfAModeMustCoverEveryPath() throws Exception {
        Path dir = fixture();
        List<String> lines = Files.readAllLines(dir.resolve("paths.csv"), StandardCharsets.UTF_8);
        Files.write(dir.resolve("paths.csv"), lines.subList(0, lines.size() - 1), StandardCharsets.UTF_8);
        InputException e = assertThrows(InputException.class, () -> OutputFolder.read(dir));
        // the last row was path 399 isolated
        assertTrue(e.getMessage().contains("expected 400 rows of mode isolated"), e.getMessage());
    }
}
