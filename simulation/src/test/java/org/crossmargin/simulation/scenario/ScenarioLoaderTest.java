package org.crossmargin.simulation.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.crossmargin.core.book.RunMode;
import org.crossmargin.simulation.input.InputException;
import org.crossmargin.simulation.input.Problem;
import org.junit.jupiter.api.Test;

/** The DESIGN §8 examples and one scenario per model type load into the records they describe. */
class ScenarioLoaderTest {
    private static final Path GOOD = Path.of("src/test/resources/good");

    @Test
    void loadsTheDesignExampleScenarioIntoItsRecords() throws InputException {
        RunInputs inputs = ScenarioLoader.load(GOOD.resolve("scenario.yaml"));
        Scenario scenario = inputs.scenario();

        assertEquals("flash-crash-btc", scenario.name());
        assertEquals(GOOD.resolve("book.csv"), scenario.book()); // relative to the scenario file, kept relative
        assertEquals(GOOD.resolve("venue.yaml"), scenario.venue());
        assertEquals(86_400, scenario.horizonSeconds()); // 1d
        assertEquals(60, scenario.stepSeconds()); // 1m
        assertEquals(1_440, scenario.steps()); // 86400 / 60
        assertEquals(10_000, scenario.paths());
        assertEquals(20_200_312L, scenario.seed());
        assertEquals(List.of(RunMode.CROSS, RunMode.ISOLATED), scenario.modes());
        assertEquals(List.of(new MarketSpec("BTC", 64_000, 0.60, 0), new MarketSpec("ETH", 3_100, 0.75, 0),
                new MarketSpec("SOL", 150, 0.9, 0.05), new MarketSpec("USDT", 1.0, 0, 0)), scenario.markets());
        // Unspecified pairs are 0; SOL-BTC is written in reverse order and lands symmetrically.
        assertEquals(CorrelationMatrix.of(new double[][] {
            {1, 0.85, 0.7, 0}, {0.85, 1, 0.65, 0}, {0.7, 0.65, 1, 0}, {0, 0, 0, 1}}), scenario.correlations());
        assertEquals(new StudentTSpec(4), scenario.model());
        assertEquals(List.of(new Shock(7_200, 900, Map.of("BTC", -0.30, "ETH", -0.35),
                Optional.of(new Recovery(0.5, 7_200)))), scenario.shocks()); // at 2h, over 15m, back over 2h
        assertEquals(false, scenario.antithetic());
        assertEquals(List.of(), inputs.warnings());
        assertEquals(List.of("A0001", "A0002"), inputs.book().accounts().stream().map(a -> a.id()).toList());
        assertEquals("tiered-example", inputs.venue().name());
    }

    @Test
    void readsMertonJumpsWithPerMarketOverrides() throws InputException {
        MertonSpec merton = (MertonSpec) ScenarioLoader.load(GOOD.resolve("merton.yaml")).scenario().model();

        assertEquals(12, merton.intensityPerYear());
        assertEquals(true, merton.commonJumps());
        assertEquals(new JumpSize(-0.08, 0.05), merton.jumpOf("BTC"));
        assertEquals(new JumpSize(-0.1, 0.04), merton.jumpOf("ETH")); // stdev not given: the model's jump_stdev
        assertEquals(new JumpSize(-0.05, 0.04), merton.jumpOf("SOL")); // not named: the model's jump
    }

    @Test
    void readsRegimesWithTheirOwnOrTheScenarioCorrelations() throws InputException {
        Scenario scenario = ScenarioLoader.load(GOOD.resolve("regimes.yaml")).scenario();
        RegimeSwitchingSpec model = (RegimeSwitchingSpec) scenario.model();

        assertEquals("calm", model.start());
        Regime calm = model.regimes().get(0);
        Regime stress = model.regimes().get(1);
        assertEquals(scenario.correlations(), calm.correlations()); // no correlations: the scenario's matrix
        assertEquals(Map.of(), calm.annualVolatilities());
        assertEquals(Map.of("stress", 0.001), calm.transitions());
        assertEquals(Map.of("BTC", 1.5, "ETH", 1.8), stress.annualVolatilities());
        assertEquals(CorrelationMatrix.of(new double[][] {
            {1, 0.95, 0, 0}, {0.95, 1, 0, 0}, {0, 0, 1, 0}, {0, 0, 0, 1}}), stress.correlations()); // others 0
        assertEquals(Map.of("calm", 0.01), stress.transitions());
    }

    @Test
    void resolvesBootstrapAndReplayFilesAgainstTheScenarioFolder() throws InputException {
        BootstrapSpec bootstrap = (BootstrapSpec) ScenarioLoader.load(GOOD.resolve("bootstrap.yaml")).scenario()
                .model();
        assertEquals(new BootstrapSpec(GOOD.resolve("prices.csv"), 3_600), bootstrap); // 1h

        Scenario replay = ScenarioLoader.load(GOOD.resolve("replay.yaml")).scenario();
        assertEquals(new ReplaySpec(GOOD.resolve("prices.csv"), Optional.of(Instant.parse("2025-01-07T00:01:00Z"))),
                replay.model());
        assertEquals(List.of(RunMode.BOOKED), replay.modes());
        assertEquals(true, replay.antithetic());
    }

    @Test
    void repairsANonPsdMatrixWhenAskedAndWarnsWithTheLargestChange() throws InputException {
        RunInputs inputs = ScenarioLoader.load(GOOD.resolve("repair.yaml"));
        double[][] repaired = inputs.scenario().correlations().toArray();

        // BTC-ETH 0.9, BTC-SOL 0.9, ETH-SOL -0.9: I + 0.9 M with M's eigenvalues 1, 1, -2, so the smallest is -0.8.
        assertEquals(1, inputs.warnings().size());
        String warning = inputs.warnings().get(0);
        assertTrue(warning.startsWith(GOOD.resolve("repair.yaml") + ":15:1: correlations: "), warning);
        assertTrue(warning.contains("most negative eigenvalue -0.800000"), warning);
        assertTrue(warning.contains("replaced by the nearest correlation matrix (Higham 2002), largest change"),
                warning);
        assertTrue(NearestCorrelation.smallestEigenvalue(repaired) > -NearestCorrelation.PSD_TOLERANCE);
        for (int i = 0; i < repaired.length; i++) {
            assertEquals(1.0, repaired[i][i]);
        }
    }

    @Test
    void collectsEveryFileProblemFirstThenTheProblemsBetweenFiles() {
        Path scenario = Path.of("src/test/resources/bad/c-everything.yaml");
        InputException thrown = assertThrows(InputException.class, () -> ScenarioLoader.load(scenario));
        List<String> where = thrown.problems().stream().map(p -> p.file() + ":" + p.line() + ": " + p.field())
                .toList();

        String book = "src/test/resources/bad/c-book-two-problems.csv";
        assertEquals(List.of(
                scenario + ":10: markets.BTC.volatility", // the scenario's own problems
                book + ":3: quantity", // the book's ("1O00")
                "src/test/resources/bad/v-fund-negative.yaml:2: insurance_fund", // the venue's
                book + ":2: asset", // DOGE is not a market of the scenario...
                book + ":2: asset"), // ...nor of the venue
                where);
    }

    @Test
    void namesBookProblemsByThePathRelativeToTheWorkingDirectory() {
        InputException thrown = assertThrows(InputException.class,
                () -> ScenarioLoader.load(Path.of("src/test/resources/bad/c-collateral-not-in-venue.yaml")));
        Problem problem = thrown.problems().get(0);

        assertEquals("src/test/resources/bad/c-book-collateral-not-in-venue.csv:8:4: asset: unknown asset \"ETH\": "
                + "not a collateral asset of the venue src/test/resources/good/venue.yaml; did you mean \"BTC\"? "
                + "expected one of USDT, BTC", problem.toString()); // the venue's collateral in file order
    }

    @Test
    void estimatesMemoryFromPathsModesBookAndPriceArrays() throws InputException {
        RunInputs inputs = ScenarioLoader.load(GOOD.resolve("scenario.yaml"));

        // 10000 paths * 2 modes * 12 * 8 = 1,920,000; (2 accounts + 3 positions) * 256 = 1,280;
        // 1440 steps * 4 markets * 8 * (4 threads + 1) = 230,400; total 2,151,680 bytes.
        assertEquals(2_151_680L, MemoryEstimate.bytes(inputs.scenario(), 2, 3, 4));
        assertEquals(3L, MemoryEstimate.megabytes(2_151_680L)); // 2.05 MiB, rounded up
    }
}
