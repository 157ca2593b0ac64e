package org.crossmargin.simulation.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.crossmargin.core.book.Venue;
import org.crossmargin.core.liquidation.LiquidationMode;
import org.crossmargin.core.liquidation.LiquidationRules;
import org.crossmargin.core.market.CollateralRule;
import org.crossmargin.core.market.MarketRules;
import org.crossmargin.core.market.Tier;
import org.crossmargin.core.market.TierTable;
import org.crossmargin.simulation.input.InputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class VenueLoaderTest {

    @Test
    void readsTheDesignExampleVenue() throws InputException {
        Venue expected = new Venue("tiered-example", 5_000_000,
                new LiquidationRules(0.0125, 0.002, LiquidationMode.FULL, 0.25),
                Map.of("BTC", new MarketRules("BTC", TierTable.of(new Tier(50_000, 0.008, 0.004),
                                new Tier(600_000, 0.01, 0.005), new Tier(3_000_000, 0.02, 0.01))),
                        "ETH", new MarketRules("ETH", TierTable.of(new Tier(100_000, 0.01, 0.005))),
                        "SOL", new MarketRules("SOL", TierTable.of(new Tier(50_000, 0.02, 0.01)))),
                Map.of("USDT", new CollateralRule("USDT", 0.0), "BTC", new CollateralRule("BTC", 0.05)));

        assertEquals(expected, VenueLoader.load(Path.of("src/test/resources/good/venue.yaml")));
    }

    @Test
    void readsPartialLiquidationWithItsFraction(@TempDir Path folder) throws Exception {
        Path file = folder.resolve("venue.yaml");
        Files.writeString(file, """
                name: partial
                insurance_fund: 0
                liquidation: {fee_rate: 0.01, slippage: 0, mode: partial, partial_fraction: 0.25}
                markets:
                  BTC: {tiers: [{max_notional: 1000000, initial_rate: 0.02, maintenance_rate: 0.01}]}
                collateral: {USDT: {haircut: 0}}
                """);

        assertEquals(new LiquidationRules(0.01, 0, LiquidationMode.PARTIAL, 0.25),
                VenueLoader.load(file).liquidation());
    }

    @Test
    void reportsEveryBadTierAtItsOwnLine(@TempDir Path folder) throws IOException {
        Path file = folder.resolve("venue.yaml");
        Files.writeString(file, """
                name: tiers
                insurance_fund: 0
                liquidation: {fee_rate: 0.01, slippage: 0}
                markets:
                  BTC:
                    tiers:
                      - {max_notional: 50000, initial_rate: 0.01, maintenance_rate: 0.005}
                      - {max_notional: 40000, initial_rate: 0.02, maintenance_rate: 0.01}
                      - {max_notional: 60000, initial_rate: 0.015, maintenance_rate: 0.01}
                      - {max_notional: -1, initial_rate: 0.02, maintenance_rate: 0.01}
                collateral: {USDT: {haircut: 0}}
                """);

        InputException thrown = assertThrows(InputException.class, () -> VenueLoader.load(file));

        // Line 8: cap 40000 below 50000. Line 9: compared with the tier before it (line 8, which is kept for the
        // comparison), initial 0.015 < 0.02 falls. Line 10: a cap must be > 0.
        assertEquals(List.of("8 markets.BTC.tiers[1].max_notional", "9 markets.BTC.tiers[2].initial_rate",
                        "10 markets.BTC.tiers[3].max_notional"),
                thrown.problems().stream().map(p -> p.line() + " " + p.field()).toList());
    }
}
