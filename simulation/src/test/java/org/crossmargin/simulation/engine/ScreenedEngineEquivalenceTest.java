package org.crossmargin.simulation.engine;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.crossmargin.simulation.cli.Main;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * {@code run --engine screened} writes the very bytes of {@code run --engine exhaustive}: accounts.csv, paths.csv and
 * timeseries.csv, through the command line, on a generated book of 240 accounts (leverage 1.5x to 40x, entries off
 * the start price, some already close to maintenance, and whales of 2M to 40M notional that cross tiers) under the
 * issue's shapes of path: calm, a crash with recovery, volatility x8, a +120% pump (with partial liquidation).
 */
class ScreenedEngineEquivalenceTest {
    private static final String[] MARKETS = {"BTC", "ETH", "SOL"};
    private static final double[] PRICES = {100_000, 3_500, 180};

    /** The shapes of path of the issue. */
    enum Shape {
        CALM("shocks: []\n", 1, "full"),
        CRASH_WITH_RECOVERY("""
                shocks:
                  - at: 6h
                    over: 15m
                    moves: {BTC: -0.3, ETH: -0.35, SOL: -0.4}
                    recovery: {fraction: 0.5, over: 2h}
                """, 1, "full"),
        VOLATILITY_X8("shocks: []\n", 8, "full"),
        PUMP_120("""
                shocks:
                  - at: 10h
                    over: 30m
                    moves: {BTC: 1.2, ETH: 1.2, SOL: 1.2}
                """, 1, "partial");

        final String shocks;
        final double volatilityFactor;
        final String liquidation;

        Shape(String shocks, double volatilityFactor, String liquidation) {
            this.shocks = shocks;
            this.volatilityFactor = volatilityFactor;
            this.liquidation = liquidation;
        }
    }

    @ParameterizedTest
    @EnumSource(Shape.class)
    void screenedEngineWritesTheExhaustiveEnginesBytes(Shape shape, @TempDir Path dir) throws IOException {
        Path scenario = writeInputs(dir, shape);
        Path exhaustive = run(scenario, dir.resolve("exhaustive"), "exhaustive");
        Path screened = run(scenario, dir.resolve("screened"), "screened");
        for (String file : List.of("accounts.csv", "paths.csv", "timeseries.csv")) {
            assertArrayEquals(Files.readAllBytes(exhaustive.resolve(file)), Files.readAllBytes(screened.resolve(file)),
                    shape + ": " + file);
        }
        // the comparison proves little unless accounts are liquidated
        int liquidated = 0;
        try (var reader = Files.newBufferedReader(exhaustive.resolve("paths.csv"))) {
            for (CSVRecord row : CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get()
                    .parse(reader)) {
                liquidated += Integer.parseInt(row.get("liquidated_accounts"));
            }
        }
        assertTrue(liquidated > 0, shape + ": no liquidation at all");
    }

    private static Path run(Path scenario, Path out, String engine) {
        StringWriter err = new StringWriter();
        int code = Main.execute(new String[] {"run", scenario.toString(), "--out", out.toString(), "--quiet",
            "--no-report", "--threads", "2", "--engine", engine}, new PrintWriter(new StringWriter()),
                new PrintWriter(err));
        assertEquals(0, code, err.toString());
        return out;
    }

    private static Path writeInputs(Path dir, Shape shape) throws IOException {
        Files.writeString(dir.resolve("venue.yaml"), """
                name: tiered-test
                insurance_fund: 300000
                liquidation:
                  fee_rate: 0.01
                  slippage: 0.002
                  mode: %s
                  partial_fraction: 0.25
                markets:
                  BTC:
                    tiers:
                      - {max_notional: 50000,    initial_rate: 0.008, maintenance_rate: 0.004}
                      - {max_notional: 1000000,  initial_rate: 0.02,  maintenance_rate: 0.01}
                      - {max_notional: 10000000, initial_rate: 0.05,  maintenance_rate: 0.025}
                      - {max_notional: 50000000, initial_rate: 0.2,   maintenance_rate: 0.1}
                  ETH:
                    tiers:
                      - {max_notional: 100000,   initial_rate: 0.01,  maintenance_rate: 0.005}
                      - {max_notional: 5000000,  initial_rate: 0.04,  maintenance_rate: 0.02}
                      - {max_notional: 50000000, initial_rate: 0.2,   maintenance_rate: 0.1}
                  SOL:
                    tiers:
                      - {max_notional: 50000,    initial_rate: 0.02,  maintenance_rate: 0.01}
                      - {max_notional: 2000000,  initial_rate: 0.1,   maintenance_rate: 0.05}
                collateral:
                  USDT: {haircut: 0.0}
                  BTC:  {haircut: 0.05}
                """.formatted(shape.liquidation));
        writeBook(dir.resolve("book.csv"));
        double f = shape.volatilityFactor;
        Path scenario = dir.resolve("scenario.yaml");
        Files.writeString(scenario, String.format(Locale.ROOT, """
                name: equivalence-%s
                description: screened against exhaustive
                book: book.csv
                venue: venue.yaml
                horizon: 1d
                step: 5m
                paths: 40
                seed: 6060
                modes: [cross, isolated]
                markets:
                  BTC:  {price: 100000, volatility: %s}
                  ETH:  {price: 3500, volatility: %s}
                  SOL:  {price: 180, volatility: %s}
                  USDT: {price: 1, volatility: 0.0}
                correlations:
                  BTC-ETH: 0.85
                  BTC-SOL: 0.75
                  ETH-SOL: 0.8
                model:
                  type: student-t
                  degrees_of_freedom: 4
                """, shape.name().toLowerCase(Locale.ROOT), 0.55 * f, 0.7 * f, 0.9 * f) + shape.shocks);
        return scenario;
    }

    /**
     * 240 accounts, seed fixed: USDT (and for a third also BTC) collateral, one to three positions at leverage 1.5x
     * to 40x of the account's collateral, entries within 10% of the start price; every 40th account a whale of 2M to
     * 40M notional, across the tier caps of the venue above.
     */
    private static void writeBook(Path file) throws IOException {
        SplittableRandom random = new SplittableRandom(240);
        try (CSVPrinter csv = CSVFormat.DEFAULT.builder().setHeader("account", "margin_mode", "type", "asset",
                "quantity", "entry_price", "isolated_margin").get().print(Files.newBufferedWriter(file))) {
            for (int a = 0; a < 240; a++) {
                String id = String.format(Locale.ROOT, "A%04d", a);
                String mode = random.nextInt(3) == 0 ? "isolated" : "cross";
                double collateral = 2_000 + random.nextDouble() * 60_000;
                csv.printRecord(id, mode, "collateral", "USDT", collateral, "", "");
                if (random.nextInt(3) == 0) {
                    csv.printRecord(id, mode, "collateral", "BTC", 0.05 + random.nextDouble(), "", "");
                }
                boolean whale = a % 40 == 7;
                int positions = 1 + random.nextInt(3);
                for (int m = 0; m < positions; m++) {
                    double leverage = whale ? 50 + random.nextDouble() * 600 : 1.5 + random.nextDouble() * 38.5;
                    double notional = Math.min(leverage * collateral, whale ? 40e6 : 2e6) / positions;
                    double quantity = (random.nextBoolean() ? 1 : -1) * notional / PRICES[m];
                    double entry = PRICES[m] * (0.9 + 0.2 * random.nextDouble());
                    csv.printRecord(id, mode, "perpetual", MARKETS[m], quantity, entry, "");
                }
            }
        }
    }
}
