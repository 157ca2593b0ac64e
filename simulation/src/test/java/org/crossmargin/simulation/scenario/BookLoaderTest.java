package org.crossmargin.simulation.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.crossmargin.core.account.Account;
import org.crossmargin.core.account.Collateral;
import org.crossmargin.core.account.MarginMode;
import org.crossmargin.core.account.Position;
import org.crossmargin.core.book.Book;
import org.crossmargin.simulation.input.InputException;
import org.crossmargin.simulation.input.Problem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BookLoaderTest {
    private static final Path GOOD = Path.of("src/test/resources/good");

    @Test
    void readsTheDesignExampleBook() throws InputException {
        Book expected = new Book(List.of(
                new Account("A0001", MarginMode.CROSS,
                        List.of(new Collateral("USDT", 25_000), new Collateral("BTC", 0.2)),
                        List.of(Position.of("BTC", 1.5, 64_000), Position.of("ETH", -20, 3_100))),
                new Account("A0002", MarginMode.ISOLATED, List.of(new Collateral("USDT", 5_000)),
                        List.of(Position.isolated("SOL", 300, 150, 2_000)))));

        assertEquals(expected, BookLoader.load(GOOD.resolve("book.csv")));
    }

    @Test
    void keepsAccountsInFirstAppearanceOrderWhenTheirRowsAreScattered() throws InputException {
        Book book = BookLoader.load(GOOD.resolve("scattered-book.csv"));

        assertEquals(List.of(
                new Account("B2", MarginMode.ISOLATED, List.of(new Collateral("USDT", 3_000)),
                        List.of(Position.isolated("BTC", -0.5, 64_000, 1_500), Position.of("ETH", 4, 3_000))),
                new Account("A1", MarginMode.CROSS, List.of(new Collateral("USDT", 1_000)),
                        List.of(Position.of("ETH", 2, 3_100)))), book.accounts());
    }

    @Test
    void readsSpreadsheetCsvWithByteOrderMarkCrlfQuotesAndAnyColumnOrder(@TempDir Path folder) throws Exception {
        Path file = folder.resolve("book.csv");
        Files.writeString(file, "\uFEFFaccount,type,margin_mode,asset,quantity,entry_price,isolated_margin\r\n"
                + "\"A 1\",perpetual,cross,BTC, 1.5 ,\"64000\",\r\n", StandardCharsets.UTF_8);

        assertEquals(new Book(List.of(new Account("A 1", MarginMode.CROSS, List.of(),
                List.of(Position.of("BTC", 1.5, 64_000))))), BookLoader.load(file));
    }

    @Test
    void countsLinesOfQuotedFieldsThatSpanLines(@TempDir Path folder) throws IOException {
        Path file = folder.resolve("book.csv");
        Files.writeString(file, String.join(",", BookLoader.COLUMNS) + "\n"
                + "\"A\n1\",cross,collateral,USDT,100,,\n" // a record over lines 2 and 3
                + "A2,cross,perpetual,BTC,abc,64000,\n"); // so this one is on line 4

        InputException thrown = assertThrows(InputException.class, () -> BookLoader.load(file));

        assertEquals(List.of(new Problem(file.toString(), 4, 5, "quantity", "expected a number, got \"abc\"")),
                thrown.problems());
    }

    @Test
    void rejectsNumbersJavaWouldParseButPeopleDoNotWrite(@TempDir Path folder) throws IOException {
        Path file = folder.resolve("book.csv");
        Files.writeString(file, String.join(",", BookLoader.COLUMNS) + "\n"
                + "A1,cross,collateral,USDT,NaN,,\n"
                + "A1,cross,perpetual,BTC,1.5d,64000,\n"
                + "A1,cross,perpetual,ETH,1,0x1p3,\n");

        InputException thrown = assertThrows(InputException.class, () -> BookLoader.load(file));

        assertEquals(List.of("2:5 quantity", "3:5 quantity", "4:6 entry_price"), thrown.problems().stream()
                .map(p -> p.line() + ":" + p.column() + " " + p.field()).toList());
    }

    @Test
    void leavesAssetsUncheckedWhenTheBookIsReadAlone() throws InputException {
        // DOGE is unknown to the good scenario and venue, but a book alone is checked for syntax only.
        Book book = BookLoader.load(Path.of("src/test/resources/bad/c-book-unknown-market.csv"));

        assertEquals("DOGE", book.accounts().get(2).positions().get(0).market());
    }

    @Test
    void reportsAMissingFile() {
        InputException thrown = assertThrows(InputException.class, () -> BookLoader.load(GOOD.resolve("no.csv")));

        assertEquals(GOOD.resolve("no.csv") + ": (file): file not found", thrown.getMessage());
    }
}
