package org.crossmargin.simulation.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.crossmargin.simulation.scenario.RunInputs;
import org.crossmargin.simulation.scenario.ScenarioLoader;
import org.crossmargin.simulation.scenario.TestFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PreflightTest {
    @TempDir
    Path dir;

    private RunInputs load(String collateral) throws Exception {
        TestFiles.flatBtcVenue(dir);
        Files.writeString(dir.resolve("book.csv"), """
                account,margin_mode,type,asset,quantity,entry_price,isolated_margin
                A1,cross,collateral,USDT,%s,,
                A1,cross,perpetual,BTC,1,64000,
                A2,cross,collateral,USDT,10000,,
                A2,cross,perpetual,BTC,1,64000,
                """.formatted(collateral));
        Files.writeString(dir.resolve("scenario.yaml"), """
                name: preflight
                description: an account at maintenance at the start is named before the run
                book: book.csv
                venue: venue.yaml
                horizon: 1h
                step: 1m
                paths: 1
                seed: 1
                modes: [cross]
                markets:
                  BTC: {price: 64000, volatility: 0.5}
                  USDT: {price: 1, volatility: 0}
                model: {type: gbm}
                """);
        return ScenarioLoader.load(dir.resolve("scenario.yaml"));
    }

    @Test
    void namesAnAccountWhoseEquityIsAtMaintenanceAtTheStart() throws Exception {
        // A1: equity = 320 USDT + 1 * (64000 - 64000) = 320; MM = 64000 * 0.005 = 320: at maintenance, so warned.
        // A2: equity 10,000 > 320: not warned.
        List<String> warnings = Preflight.warnings(load("320"));
        assertEquals(1, warnings.size(), warnings.toString());
        assertTrue(warnings.get(0).startsWith("cross: account A1"), warnings.get(0));
        assertTrue(warnings.get(0).contains("320.00"), warnings.get(0));
    }

    @Test
    void warnsAboutNothingWhenEveryAccountIsAboveMaintenance() throws Exception {
        // A1: equity 320.01 > MM 320.
        assertEquals(List.of(), Preflight.warnings(load("320.01")));
    }
}
