package org.crossmargin.simulation.tools;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.crossmargin.core.market.TierTable;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The shipped books are what the generator writes, and have the properties scenarios/README.md states. */
class SampleBookGeneratorTest {

    /** Surefire runs in simulation/, so the shipped data is one level up. */
    private static final Path SCENARIOS = Path.of("..", "scenarios");
    private static final String BINANCE = "../scenarios/venues/binance-like.yaml";
    private static final String HYPERLIQUID = "../scenarios/venues/hyperliquid-like.yaml";
    private static final String BINANCE_2022 = "../scenarios/venues/binance-like-2022.yaml";

    /** Reference prices of the issue; every entry of the sample book lies within 3% of them. */
    private static final Map<String, Double> PRICES = Map.ofEntries(Map.entry("BTC", 100_000.0),
            Map.entry("ETH", 3_500.0), Map.entry("SOL", 180.0), Map.entry("XRP", 2.5), Map.entry("DOGE", 0.25),
            Map.entry("BNB", 650.0), Map.entry("ADA", 0.8), Map.entry("AVAX", 30.0), Map.entry("LINK", 20.0),
            Map.entry("SUI", 3.5), Map.entry("USDT", 1.0));

    private static List<CSVRecord> rows;
    private static Map<String, List<CSVRecord>> accounts;
    private static VenueRates binance;
    private static VenueRates hyperliquid;

    @BeforeAll
    static void readSampleBook() throws IOException {
        try (Reader reader = Files.newBufferedReader(SCENARIOS.resolve("books/sample-exchange.csv"))) {
            rows = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader).getRecords();
        }
        accounts = new LinkedHashMap<>();
        for (CSVRecord row : rows) {
            accounts.computeIfAbsent(row.get("account"), a -> new ArrayList<>()).add(row);
        }
        binance = VenueRates.read(Path.of(BINANCE));
        hyperliquid = VenueRates.read(Path.of(HYPERLIQUID));
    }

    /** The exact commands of scenarios/README.md, with the output redirected. */
    static Stream<Arguments> shippedBooks() {
        return Stream.of(
                Arguments.of("sample-exchange.csv", List.of("1100", "20250101", "--venue", BINANCE,
                        "--venue", HYPERLIQUID)),
                Arguments.of("btc-desk.csv", List.of("300", "20250108", "--profile", "btc-desk", "--venue", BINANCE,
                        "--venue", HYPERLIQUID)),
                Arguments.of("luna-2022.csv", List.of("300", "20220507", "--profile", "luna-2022",
                        "--venue", BINANCE_2022)),
                Arguments.of("ftx-2022.csv", List.of("300", "20221106", "--profile", "ftx-2022",
                        "--venue", BINANCE_2022)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("shippedBooks")
    void regeneratingWithTheShippedArgumentsGivesTheShippedFileByteForByte(String book, List<String> args,
                                                                         @TempDir Path dir) throws IOException {
        Path out = dir.resolve(book);
        List<String> all = new ArrayList<>();
        all.add(out.toString());
        all.addAll(args);
        assertEquals(0, SampleBookGenerator.run(all.toArray(String[]::new)));
        byte[] shipped = Files.readAllBytes(SCENARIOS.resolve("books").resolve(book));
        byte[] regenerated = Files.readAllBytes(out);
        assertTrue(Arrays.equals(shipped, regenerated), book + " differs from its regeneration at byte "
                + Arrays.mismatch(shipped, regenerated));
    }

    @Test
    void sampleBookHasAboutElevenHundredAccountsAndTwentyTwoHundredPositionsOverTenMarkets() {
        long positions = rows.stream().filter(r -> r.get("type").equals("perpetual")).count();
        Set<String> markets = new TreeSet<>();
        rows.stream().filter(r -> r.get("type").equals("perpetual")).forEach(r -> markets.add(r.get("asset")));
        assertTrue(accounts.size() >= 1_000 && accounts.size() <= 1_200, "accounts: " + accounts.size());
        assertTrue(positions >= 2_000 && positions <= 2_400, "positions: " + positions);
        assertEquals(new TreeSet<>(List.of("ADA", "AVAX", "BNB", "BTC", "DOGE", "ETH", "LINK", "SOL", "SUI", "XRP")),
                markets);
    }

    @Test
    void tenToTwentyPercentOfAccountsAreIsolatedSomeWithExplicitMargins() {
        int isolated = 0;
        int explicit = 0;
        for (List<CSVRecord> account : accounts.values()) {
            String mode = account.get(0).get("margin_mode");
            assertTrue(account.stream().allMatch(r -> r.get("margin_mode").equals(mode)), "one mode per account");
            if (mode.equals("isolated")) {
                isolated++;
                explicit += account.stream().anyMatch(r -> !r.get("isolated_margin").isEmpty()) ? 1 : 0;
            } else {
                assertTrue(account.stream().allMatch(r -> r.get("isolated_margin").isEmpty()), "cross: no margin");
            }
        }
        double share = isolated / (double) accounts.size();
        assertTrue(share >= 0.10 && share <= 0.20, "isolated share " + share);
        assertTrue(explicit > 0 && explicit < isolated, "explicit margins on " + explicit + " of " + isolated);
    }

    @Test
    void leverageSpansOneToFiftyWithAHeavyRightTail() {
        List<Double> leverage = new ArrayList<>();
        for (List<CSVRecord> account : accounts.values()) {
            double equity = 0;
            double notional = 0;
            for (CSVRecord row : account) {
                double quantity = Double.parseDouble(row.get("quantity"));
                double price = PRICES.get(row.get("asset"));
                if (row.get("type").equals("collateral")) {
                    equity += quantity * price * (1 - binance.haircut(row.get("asset")));
                } else {
                    double entry = Double.parseDouble(row.get("entry_price"));
                    assertTrue(Math.abs(entry / price - 1) <= 0.03 + 1e-6, "entry " + entry + " of " + row);
                    equity += quantity * (price - entry); // u = q (S - e), DESIGN §3
                    notional += Math.abs(quantity) * price;
                }
            }
            leverage.add(notional / equity);
        }
        leverage.sort(null);
        double median = leverage.get(leverage.size() / 2);
        // Lots and cents round the sizing: 0.1% slack at both ends of [1, 50].
        assertTrue(leverage.get(0) >= 0.999, "min leverage " + leverage.get(0));
        assertTrue(leverage.get(leverage.size() - 1) <= 50.05, "max leverage " + leverage.get(leverage.size() - 1));
        // Log-normal, median 4x, log-sd 1: P(L > 20) = P(Z > ln 5) = 5.4%, far above a normal tail's share.
        assertTrue(median >= 3 && median <= 5.5, "median leverage " + median);
        long above20 = leverage.stream().filter(l -> l > 20).count();
        long above40 = leverage.stream().filter(l -> l > 40).count();
        assertTrue(above20 >= 0.03 * leverage.size() && above40 >= 3,
                above20 + " above 20x, " + above40 + " above 40x");
    }

    @Test
    void someAccountsHoldBtcOrEthCollateralAndSomeAreHedged() {
        long crypto = accounts.values().stream().filter(a -> a.stream().anyMatch(
                r -> r.get("type").equals("collateral") && !r.get("asset").equals("USDT"))).count();
        long hedged = accounts.values().stream().filter(a -> a.stream().anyMatch(SampleBookGeneratorTest::isLong)
                && a.stream().anyMatch(SampleBookGeneratorTest::isShort)).count();
        long directional = accounts.values().stream().filter(a -> a.stream().filter(r -> !isCollateral(r))
                .allMatch(SampleBookGeneratorTest::isLong) || a.stream().filter(r -> !isCollateral(r))
                .allMatch(SampleBookGeneratorTest::isShort)).count();
        assertTrue(crypto >= 0.05 * accounts.size(), crypto + " accounts with BTC/ETH collateral");
        assertTrue(hedged >= 0.15 * accounts.size(), hedged + " accounts long one market and short another");
        assertTrue(directional >= 0.5 * accounts.size(), directional + " directional accounts");
    }

    @Test
    void aFewWhalesHoldMillionDollarPositionsInTheThirdOrFourthBinanceTier() {
        long whales = accounts.values().stream().filter(a -> a.stream().filter(r -> !isCollateral(r)).anyMatch(r -> {
            double notional = Math.abs(Double.parseDouble(r.get("quantity"))) * PRICES.get(r.get("asset"));
            int tier = binance.tierTable(r.get("asset")).tierIndex(notional);
            return notional > 1_000_000 && (tier == 2 || tier == 3); // 0-based: tiers 3 and 4
        })).count();
        assertTrue(whales >= 3 && whales <= 20, whales + " whales");
    }

    @Test
    void everyAccountStartsAboveMaintenanceInTheCrossViewAtBothVenues() {
        for (VenueRates venue : List.of(binance, hyperliquid)) {
            for (Map.Entry<String, List<CSVRecord>> account : accounts.entrySet()) {
                double equity = 0;
                double maintenance = 0;
                for (CSVRecord row : account.getValue()) {
                    double quantity = Double.parseDouble(row.get("quantity"));
                    double price = PRICES.get(row.get("asset"));
                    if (isCollateral(row)) {
                        equity += quantity * price * (1 - venue.haircut(row.get("asset")));
                    } else {
                        equity += quantity * (price - Double.parseDouble(row.get("entry_price")));
                        TierTable table = venue.tierTable(row.get("asset"));
                        maintenance += table.maintenanceMargin(Math.abs(quantity) * price);
                    }
                }
                assertTrue(equity > AccountSampler.TARGET_HEALTH * maintenance * (1 - 1e-9),
                        account.getKey() + " at " + venue.name() + ": equity " + equity + ", MM " + maintenance);
            }
        }
    }

    private static boolean isCollateral(CSVRecord row) {
        return row.get("type").equals("collateral");
    }

    private static boolean isLong(CSVRecord row) {
        return !isCollateral(row) && Double.parseDouble(row.get("quantity")) > 0;
    }

    private static boolean isShort(CSVRecord row) {
        return !isCollateral(row) && Double.parseDouble(row.get("quantity")) < 0;
    }
}
