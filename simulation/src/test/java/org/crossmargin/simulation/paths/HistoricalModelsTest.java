package org.crossmargin.simulation.paths;

import static org.crossmargin.simulation.paths.PathStatistics.path;
import static org.crossmargin.simulation.paths.TestScenarios.HOUR;
import static org.crossmargin.simulation.paths.TestScenarios.MINUTE;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.crossmargin.simulation.input.InputException;
import org.crossmargin.simulation.scenario.BootstrapSpec;
import org.crossmargin.simulation.scenario.ReplaySpec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The bootstrap and replay models over a real excerpt (Bitstamp BTC/USD, 2025-01-07) and small written files. */
class HistoricalModelsTest {
    /** First 120 one-minute closes of 2025-01-07 (scenarios/data/README.md). */
    private static Path realSlice() throws URISyntaxException {
        return Path.of(HistoricalModelsTest.class.getResource("/paths/bitstamp-btcusd-2025-01-07-2h.csv").toURI());
    }

    @TempDir
    Path folder;

    private Path write(String name, String... lines) throws IOException {
        return Files.write(folder.resolve(name), List.of(lines));
    }

    @Test
    void replayReproducesTheFileWhenStartingAtItsPrice() throws Exception {
        // Row 0 of the slice is 1736208060,102228: with P0 = 102228 the scale is 1 and the path is the file.
        List<String> rows = Files.readAllLines(realSlice());
        PathModel model = TestScenarios.builder().market("BTC", 102_228, 0.6, 0).step(MINUTE).steps(119)
                .model(new ReplaySpec(realSlice(), Optional.empty())).model();
        double[] prices = path(model, 0);
        for (int t = 0; t <= 119; t++) {
            double expected = Double.parseDouble(rows.get(t + 1).split(",")[1]);
            assertEquals(expected, prices[t], 1e-12 * expected, "row " + t);
        }
    }

    @Test
    void replayIsRescaledToTheScenarioPriceAndTheSameForEveryPath() throws Exception {
        // P0 = 50000: row t is 50000 * h_t / h_0; row 34 (00:35) of the file is 102649, so 50000 * 102649 / 102228.
        PathModel model = TestScenarios.builder().market("BTC", 50_000, 0.6, 0).step(MINUTE).steps(60)
                .model(new ReplaySpec(realSlice(), Optional.empty())).model();
        double[] first = path(model, 0);
        assertEquals(50_000 * 102_649.0 / 102_228.0, first[34], 1e-9);
        assertArrayEquals(first, path(model, 12_345), 0.0);
    }

    @Test
    void replayFromAStartTimestampResamplesToTheStep() throws Exception {
        // Start 00:10 (1736208600, close 102073), step 5m: rows at 00:10, 00:15 (102081), 00:20 (102136).
        PathModel model = TestScenarios.builder().market("BTC", 102_073, 0.6, 0).step(5 * MINUTE).steps(2)
                .model(new ReplaySpec(realSlice(), Optional.of(Instant.ofEpochSecond(1_736_208_600L)))).model();
        double[] prices = path(model, 0);
        assertEquals(102_073, prices[0], 1e-9);
        assertEquals(102_081, prices[1], 1e-9);
        assertEquals(102_136, prices[2], 1e-9);
    }

    @Test
    void replayTooShortForTheHorizonNamesBothLengths() throws Exception {
        // The slice spans 119 minutes: a 3-hour horizon needs 180 steps.
        TestScenarios scenario = TestScenarios.builder().market("BTC", 1, 0.6, 0).step(MINUTE).horizon(3 * HOUR)
                .model(new ReplaySpec(realSlice(), Optional.empty()));
        InputException e = assertThrows(InputException.class, () -> PathModels.factory(scenario.build()));
        String message = e.problems().get(0).message();
        assertTrue(message.contains("180 steps") && message.contains("got 119 steps"), message);
    }

    @Test
    void replayAppliesShocksOnTop() throws Exception {
        // -50% at 30m over one step: rows from 31 on are half the file's (P0 = 102228, scale 1).
        PathModel plain = TestScenarios.builder().market("BTC", 102_228, 0.6, 0).step(MINUTE).steps(60)
                .model(new ReplaySpec(realSlice(), Optional.empty())).model();
        PathModel shocked = TestScenarios.builder().market("BTC", 102_228, 0.6, 0).step(MINUTE).steps(60)
                .model(new ReplaySpec(realSlice(), Optional.empty())).shock(30 * MINUTE, 0, Map.of("BTC", -0.5))
                .model();
        double[] a = path(plain, 0);
        double[] b = path(shocked, 0);
        assertEquals(a[30], b[30], 0.0);
        for (int t = 31; t <= 60; t++) {
            assertEquals(0.5 * a[t], b[t], 1e-9 * a[t]);
        }
    }

    @Test
    void bootstrapReturnsOnlyHistoricalReturns() throws Exception {
        // Every step's log return must be one of the 119 one-minute log returns of the file.
        double[] closes = Files.readAllLines(realSlice()).stream().skip(1)
                .mapToDouble(line -> Double.parseDouble(line.split(",")[1])).toArray();
        double[] history = new double[closes.length - 1];
        for (int h = 0; h < history.length; h++) {
            history[h] = Math.log(closes[h + 1] / closes[h]);
        }
        BootstrapModel model = (BootstrapModel) TestScenarios.builder().market("BTC", 64_000, 0.6, 0)
                .step(MINUTE).horizon(6 * HOUR).model(new BootstrapSpec(realSlice(), 10 * MINUTE)).model();
        double[] prices = new double[model.pathLength()];
        for (int p = 0; p < 20; p++) {
            model.fill(p, prices);
            for (int t = 1; t <= 360; t++) {
                double r = Math.log(prices[t] / prices[t - 1]);
                double source = history[model.sourceOfStep(t)];
                assertEquals(source, r, 1e-12, "path " + p + " step " + t);
            }
        }
    }

    @Test
    void bootstrapBlocksHaveTheMeanLength() throws Exception {
        // Stationary bootstrap: a step after the first starts a new block with p = 1 / 10 (10m blocks, 1m steps).
        // A new block is seen as a break in the index sequence, except when the fresh index happens to be the next
        // one (probability 1 / 119): P(break) = p (1 - 1 / 119) = 0.09916. Binomial se over 359 * 100 steps; 4 se.
        BootstrapModel model = (BootstrapModel) TestScenarios.builder().market("BTC", 64_000, 0.6, 0)
                .step(MINUTE).horizon(6 * HOUR).model(new BootstrapSpec(realSlice(), 10 * MINUTE)).model();
        double[] prices = new double[model.pathLength()];
        long breaks = 0;
        for (int p = 0; p < 100; p++) {
            model.fill(p, prices);
            for (int t = 2; t <= 360; t++) {
                if (model.sourceOfStep(t) != (model.sourceOfStep(t - 1) + 1) % 119) {
                    breaks++;
                }
            }
        }
        final double q = 0.1 * (1 - 1.0 / 119);
        final double n = 359.0 * 100;
        assertEquals(q, breaks / n, 4 * Math.sqrt(q * (1 - q) / n));
    }

    @Test
    void bootstrapMovesMarketsTogetherAndKeepsAStablecoinConstant() throws Exception {
        // Two columns with the same returns: BTC and ETH must get the same return each step; USDT (volatility 0,
        // absent from the file) stays at 1.
        Path file = write("two.csv", "timestamp,BTC,ETH", "0,100,10", "60,110,11", "120,99,9.9", "180,108.9,10.89",
                "240,100,10");
        PathModel model = TestScenarios.builder().market("BTC", 64_000, 0.6, 0).market("ETH", 3_100, 0.8, 0)
                .market("USDT", 1, 0, 0).step(MINUTE).steps(50).model(new BootstrapSpec(file, 3 * MINUTE)).model();
        double[] prices = path(model, 3);
        for (int t = 1; t <= 50; t++) {
            assertEquals(Math.log(prices[t * 3] / prices[t * 3 - 3]), Math.log(prices[t * 3 + 1] / prices[t * 3 - 2]),
                    1e-12);
            assertEquals(1.0, prices[t * 3 + 2], 0.0);
        }
    }

    @Test
    void bootstrapPathsDifferButRepeat() throws Exception {
        TestScenarios scenario = TestScenarios.builder().market("BTC", 64_000, 0.6, 0).step(MINUTE).steps(100)
                .model(new BootstrapSpec(realSlice(), 5 * MINUTE)).antithetic(true);
        PathModel model = scenario.model();
        double[] a = path(model, 0);
        assertFalse(Arrays.equals(a, path(model, 1))); // antithetic does not pair bootstrap paths
        assertArrayEquals(a, path(scenario.model(), 0), 0.0);
    }

    @Test
    void missingVolatileMarketIsAnInputError() throws Exception {
        TestScenarios scenario = TestScenarios.builder().market("BTC", 1, 0.6, 0).market("ETH", 1, 0.8, 0)
                .step(MINUTE).steps(10).model(new BootstrapSpec(realSlice(), 5 * MINUTE));
        InputException e = assertThrows(InputException.class, () -> PathModels.factory(scenario.build()));
        assertEquals("ETH", e.problems().get(0).field());
        assertEquals(1, e.problems().get(0).line());
    }

    @Test
    void fileCoarserThanTheStepIsRejected() throws Exception {
        // Rows 5 minutes apart cannot feed 1-minute steps.
        Path file = write("coarse.csv", "timestamp,BTC", "0,100", "300,101", "600,102", "900,103");
        TestScenarios scenario = TestScenarios.builder().market("BTC", 1, 0.6, 0).step(MINUTE).steps(10)
                .model(new BootstrapSpec(file, 5 * MINUTE));
        InputException e = assertThrows(InputException.class, () -> PathModels.factory(scenario.build()));
        assertTrue(e.problems().get(0).message().contains("300s"), e.getMessage());
    }

    @Test
    void isoTimestampsAreReadLikeEpochSeconds() throws Exception {
        // 2025-01-07T00:00:00Z is epoch 1736208000; both files describe the same two-step path.
        Path iso = write("iso.csv", "timestamp,BTC", "2025-01-07T00:00:00Z,100", "2025-01-07T00:01:00Z,110",
                "2025-01-07T00:02:00+00:00,121");
        Path epoch = write("epoch.csv", "timestamp,BTC", "1736208000,100", "1736208060,110", "1736208120,121");
        double[] a = path(TestScenarios.builder().market("BTC", 100, 0.6, 0).step(MINUTE).steps(2)
                .model(new ReplaySpec(iso, Optional.empty())).model(), 0);
        double[] b = path(TestScenarios.builder().market("BTC", 100, 0.6, 0).step(MINUTE).steps(2)
                .model(new ReplaySpec(epoch, Optional.empty())).model(), 0);
        assertArrayEquals(new double[] {100, 110, 121}, a, 1e-9);
        assertArrayEquals(a, b, 0.0);
    }

    @Test
    void everyBadFieldIsReportedWithItsLineAndColumn() throws Exception {
        Path file = write("bad.csv", "timestamp,BTC,ETH", "0,100,10", "yesterday,101,11", "120,-5,abc", "60,1,1");
        InputException e = assertThrows(InputException.class, () -> PriceHistory.read(file));
        // Line 3 column 1: the timestamp; line 4 columns 2 and 3: the prices; line 5: timestamps going back.
        assertEquals(4, e.problems().size(), e.getMessage());
        assertEquals(3, e.problems().get(0).line());
        assertEquals(1, e.problems().get(0).column());
        assertEquals(4, e.problems().get(1).line());
        assertEquals(2, e.problems().get(1).column());
        assertEquals("BTC", e.problems().get(1).field());
        assertEquals(3, e.problems().get(2).column());
        assertEquals(5, e.problems().get(3).line());
    }

    @Test
    void headerWithoutTimestampIsRejected() throws Exception {
        Path file = write("header.csv", "time,BTC", "0,100", "60,101");
        InputException e = assertThrows(InputException.class, () -> PriceHistory.read(file));
        assertEquals("timestamp", e.problems().get(0).field());
    }

    @Test
    void missingFileIsAnInputError() {
        InputException e = assertThrows(InputException.class, () -> PriceHistory.read(folder.resolve("none.csv")));
        assertEquals("file", e.problems().get(0).field());
    }

    @Test
    void shippedDayOfBitstampPricesReplaysAtFiveMinuteSteps() throws Exception {
        // scenarios/data (README): 1440 rows from 00:01; at 5m steps from 00:01, row 12 is 01:01 (1736211660,
        // close 101985) and the file covers floor(1439 / 5) = 287 steps, so 23h (276 steps) fits.
        Path shipped = Path.of("..", "scenarios", "data", "bitstamp-btcusd-2025-01-07-1m.csv");
        PathModel model = TestScenarios.builder().market("BTC", 102_228, 0.6, 0).step(5 * MINUTE)
                .horizon(23 * HOUR).model(new ReplaySpec(shipped, Optional.empty())).model();
        assertEquals(101_985, path(model, 0)[12], 1e-9);
    }

    @Test
    void resamplingTakesTheLastPriceAtOrBeforeEachBoundary() throws Exception {
        // Rows at 0, 30, 60, 130 (a missing minute after 60): boundaries 0, 60, 120, 180 -> 1, 3, 3, 4.
        Path file = write("gappy.csv", "timestamp,X", "0,1", "30,2", "60,3", "130,4");
        PriceHistory history = PriceHistory.read(file);
        assertArrayEquals(new double[] {1, 3, 3, 4}, history.resample(0, 0, 60, 4), 0.0);
        assertEquals(30, history.medianSpacingSeconds()); // gaps 30, 30, 70
    }
}
