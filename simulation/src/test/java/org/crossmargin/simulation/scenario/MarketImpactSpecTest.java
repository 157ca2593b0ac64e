package org.crossmargin.simulation.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.OptionalDouble;
import org.crossmargin.core.book.ImpactMarket;
import org.crossmargin.core.book.ImpactModel;
import org.crossmargin.core.book.MarketImpact;
import org.crossmargin.simulation.input.InputException;
import org.junit.jupiter.api.Test;

/** The {@code market_impact} section loads into its records and becomes the core settings of DESIGN §10. */
class MarketImpactSpecTest {
    private static final Path GOOD = Path.of("src/test/resources/good");

    @Test
    void readsTheSectionWithDefaultsAndOptionalDailyVolatility() throws InputException {
        Scenario scenario = ScenarioLoader.load(GOOD.resolve("impact.yaml")).scenario();
        MarketImpactSpec impact = scenario.marketImpact().orElseThrow();
        assertTrue(scenario.impactOn());
        assertEquals(ImpactModel.SQUARE_ROOT, impact.model());
        assertEquals(0, impact.latency());
        assertEquals(5, impact.maxRounds());
        assertEquals(List.of("BTC", "ETH"), List.copyOf(impact.markets().keySet()));
        assertEquals(ImpactMarketSpec.squareRoot(2.0e10, 0.7, 1_800, OptionalDouble.of(0.03)),
                impact.markets().get("BTC"));
        assertEquals(ImpactMarketSpec.squareRoot(1.0e10, 0.8, 3_600, OptionalDouble.empty()),
                impact.markets().get("ETH"));
    }

    @Test
    void settingsTakeTheDailyVolatilityGivenElseTheAnnualOneOverSqrt365() throws InputException {
        Scenario scenario = ScenarioLoader.load(GOOD.resolve("impact.yaml")).scenario();
        MarketImpact settings = scenario.marketImpact().orElseThrow().toSettings(scenario.markets(),
                scenario.stepSeconds());
        // columns BTC, ETH, SOL, USDT; BTC sigma_d given 0.03; ETH 0.75 / sqrt(365) = 0.039257; SOL, USDT none
        assertEquals(ImpactMarket.squareRoot(0.7, 2.0e10, 0.03, 1_800), settings.markets().get(0));
        assertEquals(ImpactMarket.squareRoot(0.8, 1.0e10, 0.75 / Math.sqrt(365), 3_600), settings.markets().get(1));
        assertEquals(0.039257, settings.markets().get(1).dailyVolatility(), 1e-6);
        assertEquals(ImpactMarket.NONE, settings.markets().get(2));
        assertEquals(ImpactMarket.NONE, settings.markets().get(3));
        assertEquals(60.0, settings.stepSeconds(), 0.0);
        assertEquals(5, settings.maxRounds());
    }

    @Test
    void aScenarioWithoutTheSectionOrWithModelNoneHasNoImpact() throws InputException {
        assertFalse(ScenarioLoader.load(GOOD.resolve("scenario.yaml")).scenario().impactOn());
        MarketImpactSpec none = new MarketImpactSpec(ImpactModel.NONE, 1, 10, java.util.Map.of());
        assertFalse(none.isOn());
        assertFalse(none.toSettings(List.of(new MarketSpec("BTC", 1, 0.5, 0)), 60).isOn());
    }
}
