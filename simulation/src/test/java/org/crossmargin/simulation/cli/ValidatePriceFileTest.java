package org.crossmargin.simulation.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.crossmargin.simulation.scenario.TestFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code validate} parses a bootstrap or replay scenario's price file as a run would, and names its bad rows. */
class ValidatePriceFileTest {
    @TempDir
    Path dir;

    @Test
    void validateNamesBadRowsOfABootstrapPriceFile() throws Exception {
        TestFiles.flatBtcVenue(dir);
        Files.writeString(dir.resolve("book.csv"), """
                account,margin_mode,type,asset,quantity,entry_price,isolated_margin
                A1,cross,collateral,USDT,1000,,
                A1,cross,perpetual,BTC,0.1,50000,
                """);
        Files.writeString(dir.resolve("prices.csv"), """
                timestamp,BTC
                1736208060,50000
                1736208120,abc
                1736208180,50100
                1736208240,50050
                """);
        Files.writeString(dir.resolve("scenario.yaml"), """
                name: boot
                description: a bootstrap of a price file with a bad row, which validate must find
                book: book.csv
                venue: venue.yaml
                horizon: 2m
                step: 1m
                paths: 2
                seed: 1
                markets:
                  BTC: {price: 50000, volatility: 0.5}
                  USDT: {price: 1, volatility: 0}
                model: {type: bootstrap, file: prices.csv, mean_block_length: 2m}
                """);
        Cli.Result result = Cli.run("validate", dir.resolve("scenario.yaml").toString());
        assertEquals(2, result.code(), result.out() + result.err());
        // line 3 of prices.csv, column 2 (BTC)
        assertTrue(result.err().contains("prices.csv:3:2: BTC:"), result.err());
    }
}
