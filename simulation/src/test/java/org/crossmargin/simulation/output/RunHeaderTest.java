package org.crossmargin.simulation.output;

import org.crossmargin.simulation.scenario.CorrelationMatrix;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.crossmargin.core.account.Account;
import org.crossmargin.core.account.Collateral;
import org.crossmargin.core.account.MarginMode;
import org.crossmargin.core.account.Position;
import org.crossmargin.core.book.Book;
import org.crossmargin.core.book.RunMode;
import org.crossmargin.core.book.Venue;
import org.crossmargin.core.liquidation.LiquidationRules;
import org.crossmargin.simulation.scenario.GbmSpec;
import org.crossmargin.simulation.scenario.MarketSpec;
import org.crossmargin.simulation.scenario.Scenario;
import org.junit.jupiter.api.Test;

class RunHeaderTest {

    @Test
    void theHeaderTakesSizesFromTheScenarioBookAndVenue() {
        Path folder = Path.of("/work/scenarios");
        Scenario scenario = new Scenario("flash", "a fall", folder.resolve("flash.yaml"),
                folder.resolve("books/sample.csv"), folder.resolve("venues/v.yaml"), 86_400, 60, 500, 7L,
                List.of(RunMode.CROSS, RunMode.ISOLATED),
                List.of(new MarketSpec("BTC", 64_000, 0.6, 0.0)), CorrelationMatrix.identity(1), new GbmSpec(),
                List.of(), false);
        Book book = new Book(List.of(
                new Account("A1", MarginMode.CROSS, List.of(new Collateral("USDT", 1000)),
                        List.of(Position.of("BTC", 0.1, 60_000), Position.of("ETH", -1, 3000))),
                new Account("A2", MarginMode.CROSS, List.of(new Collateral("USDT", 500)), List.of())));
        Venue venue = new Venue("binance-like", 5_000_000, LiquidationRules.full(0.0125, 0.002), Map.of(), Map.of());
        RunHeader header = RunHeader.of(scenario, book, venue, List.of("w"));
        // 86400 s / 60 s = 1440 steps; 2 + 0 positions.
        assertEquals(1440, header.steps());
        assertEquals(500, header.paths());
        assertEquals(2, header.accounts());
        assertEquals(2, header.positions());
        assertEquals("books/sample.csv", header.bookFile());
        assertEquals("gbm", header.model());
        assertEquals("binance-like", header.venueName());
        assertEquals(5_000_000, header.insuranceFund(), 0.0);
        assertEquals(List.of("w"), header.warnings());
    }
}
