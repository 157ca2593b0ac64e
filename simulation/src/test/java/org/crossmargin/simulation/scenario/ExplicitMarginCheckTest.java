package org.crossmargin.simulation.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Files;
import java.nio.file.Path;
import org.crossmargin.simulation.input.InputException;
import org.crossmargin.simulation.input.Problem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Explicit isolated margins may not exceed the account's haircut collateral value at start prices (DESIGN §3). */
class ExplicitMarginCheckTest {
    @TempDir
    Path dir;

    private Path write(String margin) throws Exception {
        TestFiles.flatBtcVenue(dir, "  BTC: {haircut: 0.5}");
        Files.writeString(dir.resolve("book.csv"), """
                account,margin_mode,type,asset,quantity,entry_price,isolated_margin
                A1,isolated,collateral,USDT,1000,,
                A1,isolated,collateral,BTC,0.02,,
                A1,isolated,perpetual,BTC,1,64000,%s
                """.formatted(margin));
        Files.writeString(dir.resolve("scenario.yaml"), """
                name: explicit
                description: explicit isolated margins against the collateral that backs them
                book: book.csv
                venue: venue.yaml
                horizon: 1h
                step: 1m
                paths: 1
                seed: 1
                markets:
                  BTC: {price: 50000, volatility: 0.5}
                  USDT: {price: 1, volatility: 0}
                model: {type: gbm}
                """);
        return dir.resolve("scenario.yaml");
    }

    @Test
    void explicitMarginsAboveTheHaircutCollateralValueAreABookProblem() throws Exception {
        // V = 1,000 USDT + 0.02 BTC * 50,000 * (1 - 0.5) = 1,000 + 500 = 1,500 < 1,500.01
        InputException e = assertThrows(InputException.class, () -> ScenarioLoader.load(write("1500.01")));
        assertEquals(1, e.problems().size(), e.getMessage());
        Problem problem = e.problems().get(0);
        assertEquals("isolated_margin", problem.field());
        assertEquals(2, problem.line()); // the account's first row
        assertEquals(dir.resolve("book.csv").toString(), problem.file());
    }

    @Test
    void explicitMarginsEqualToTheHaircutCollateralValueLoad() throws Exception {
        // V = 1,500 exactly: the whole collateral is the position's margin, nothing free
        assertEquals(1, ScenarioLoader.load(write("1500")).book().accounts().size());
    }
}
