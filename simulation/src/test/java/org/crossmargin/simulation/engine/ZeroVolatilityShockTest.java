package org.crossmargin.simulation.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.apache.commons.csv.CSVRecord;
import org.crossmargin.simulation.cli.Cli;
import org.crossmargin.simulation.stats.WilsonInterval;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A run with no randomness, through the command line: every market has volatility 0 and BTC falls 30% by a
 * shock, so every path is the same and each account's liquidation step, fill, fee, shortfall and the insurance
 * fund's path follow by hand (e2e/shock.yaml, shock-book.csv, shock-venue.yaml).
 *
 * <p>Inputs: BTC = ETH = 100, USDT = 1; steps of 5 minutes over 1 hour (12 steps); a shock at 10m over 10m moves
 * BTC by -30%: s0 = floor(600 / 300) = 2, n = ceil(600 / 300) = 2, so (DESIGN §4) rows 0..2 are 100, row 3 is
 * 100 * 0.7^(1/2) = 83.666 and rows 4..12 are 70. Venue: one tier, initial 2%, maintenance 1%; fee 0.5% of closed
 * notional at mark; slippage 0.2% (a long fills at 0.998 mark); fund 100. 40 identical paths.
 *
 * <p>The four accounts (all USDT collateral, haircut 0):
 * <ul>
 * <li>DEEP: 1000, +50 BTC @100. Step 3: equity 1000 + 50 (83.666 - 100) = 183.30 &gt; MM 0.01 * 50 * 83.666 =
 *     41.83. Step 4: equity 1000 - 1500 = -500 &lt;= MM 35: liquidated at fill 69.86; equity after
 *     1000 + 50 (69.86 - 100) = -507; fee min(0.005 * 3500, max(-507, 0)) = 0; shortfall 507; keeps 0.</li>
 * <li>FEE: 850, +50 BTC @100. Step 3: equity 850 - 816.70 = 33.30 &lt;= MM 41.83: liquidated at fill
 *     0.998 * 83.666; equity after 850 + 50 (83.499 - 100) = 24.93; fee 0.005 * 4183.30 = 20.92 &lt; 24.93, taken
 *     in full; keeps 4.02; no shortfall.</li>
 * <li>SHORT: 1000, -20 BTC @100: equity only grows as BTC falls; ends at 1000 + (-20)(70 - 100) = 1600.</li>
 * <li>PAIR: 1000, +30 BTC @100, +10 ETH @100. Cross: step 4 equity 1000 - 900 = 100 &gt; MM 0.01 (2100 + 1000) = 31,
 *     prices flat afterwards, survives with 100. Isolated: margins pro rata to initial margin at start
 *     (0.02 * 3000 = 60 and 0.02 * 1000 = 20): BTC 750, ETH 250. BTC step 3: 750 - 490 = 260 &gt; 25.1; step 4:
 *     750 - 900 = -150 &lt;= 21: liquidated at 69.86, equity after 750 + 30 (69.86 - 100) = -154.2, shortfall
 *     154.2, fee 0; the ETH unit keeps 250.</li>
 * </ul>
 * Fund (fees first, then shortfalls, per step): step 3: 100 + 20.92 = 120.92. Step 4, cross: shortfall 507 takes all
 * 120.92 and 507 - 120.92 = 386.08 is socialised; isolated: shortfall 507 + 154.2 = 661.2, socialised
 * 661.2 - 120.92 = 540.28. Both end at 0, exhausted.
 */
class ZeroVolatilityShockTest {
    private static final int PATHS = 40;
    private static final double S3 = 100 * Math.sqrt(0.7);
    private static final double S4 = 70;
    private static final double FILL_FACTOR = 1 - 0.002;

    private static final double FEE_EQUITY_AFTER = 850 + 50 * (FILL_FACTOR * S3 - 100);
    private static final double FEE_FEE = 0.005 * 50 * S3;
    private static final double FEE_KEPT = FEE_EQUITY_AFTER - FEE_FEE;
    private static final double DEEP_SHORTFALL = -(1000 + 50 * (FILL_FACTOR * S4 - 100));
    private static final double PAIR_SHORTFALL = -(750 + 30 * (FILL_FACTOR * S4 - 100));
    private static final double FUND_AFTER_STEP_3 = 100 + FEE_FEE;

    // user loss = start value - max(end value, 0): DEEP 1000 - 0, FEE 850 - kept, SHORT 1000 - 1600,
    // PAIR 1000 - 100 (cross) or 1000 - 250 (isolated)
    private static final double USER_LOSS_CROSS = 1000 + (850 - FEE_KEPT) - 600 + 900;
    private static final double USER_LOSS_ISOLATED = 1000 + (850 - FEE_KEPT) - 600 + 750;

    @TempDir
    static Path dir;
    private static Path out;

    @BeforeAll
    static void run() {
        out = dir.resolve("shock");
        Cli.Result result = Cli.run("run", Cli.input("shock.yaml").toString(), "--out", out.toString(), "--quiet",
                "--no-report", "--threads", "2");
        assertEquals(0, result.code(), result.both());
    }

    @Test
    void pathsCsvCarriesTheHandDerivedOutcomeOnEveryPath() throws IOException {
        List<CSVRecord> rows = Cli.rows(out.resolve("paths.csv"));
        assertEquals(2 * PATHS, rows.size());
        for (int p = 0; p < PATHS; p++) {
            CSVRecord cross = rows.get(2 * p);
            CSVRecord isolated = rows.get(2 * p + 1);
            assertEquals(List.of(Integer.toString(p), "cross"), List.of(cross.get("path"), cross.get("mode")));
            assertEquals(List.of(Integer.toString(p), "isolated"),
                    List.of(isolated.get("path"), isolated.get("mode")));
            // cross: FEE (step 3) and DEEP (step 4); closed notional at mark 50 S3 + 50 * 70
            assertPath(cross, 2, DEEP_SHORTFALL, USER_LOSS_CROSS, 50 * S3 + 50 * S4,
                    DEEP_SHORTFALL - FUND_AFTER_STEP_3);
            // isolated: also PAIR's BTC position, 30 * 70 more notional and 154.2 more shortfall
            assertPath(isolated, 3, DEEP_SHORTFALL + PAIR_SHORTFALL, USER_LOSS_ISOLATED, 50 * S3 + 50 * S4 + 30 * S4,
                    DEEP_SHORTFALL + PAIR_SHORTFALL - FUND_AFTER_STEP_3);
        }
    }

    private static void assertPath(CSVRecord row, int liquidated, double shortfall, double userLoss, double notional,
                                   double socialised) {
        assertEquals(Integer.toString(liquidated), row.get("liquidated_accounts"));
        close(shortfall, row.get("shortfall"));
        close(userLoss, row.get("user_loss"));
        close(0.0, row.get("insurance_fund_end"));
        close(notional, row.get("liquidated_notional"));
        close(FEE_FEE, row.get("fees"));
        close(socialised, row.get("socialised_loss"));
        assertEquals("1", row.get("fund_exhausted"));
        close(0.25, row.get("first_liquidation_hours")); // step 3 * 5 minutes
    }

    @Test
    void accountsCsvGivesEachAccountsShortfallUserLossAndWilsonInterval() throws IOException {
        List<CSVRecord> rows = Cli.rows(out.resolve("accounts.csv"));
        // Wilson (z = 1.959964) at p = 1: low = (1 + z²/2n - z sqrt(z²/4n²)) / (1 + z²/n) = n / (n + z²), high 1;
        // at p = 0: low 0, high = (z²/2n + z²/2n) / (1 + z²/n) = z² / (n + z²).
        double z2 = WilsonInterval.Z95 * WilsonInterval.Z95;
        double[] always = {1.0, PATHS / (PATHS + z2), 1.0};
        double[] never = {0.0, 0.0, z2 / (PATHS + z2)};
        String[][] expected = {
            // book order within a mode, modes in run order
            {"DEEP", "cross"}, {"FEE", "cross"}, {"SHORT", "cross"}, {"PAIR", "cross"},
            {"DEEP", "isolated"}, {"FEE", "isolated"}, {"SHORT", "isolated"}, {"PAIR", "isolated"}};
        double[][] liquidation = {always, always, never, never, always, always, never, always};
        double[] shortfall = {DEEP_SHORTFALL, 0, 0, 0, DEEP_SHORTFALL, 0, 0, PAIR_SHORTFALL};
        double[] userLoss = {1000, 850 - FEE_KEPT, -600, 900, 1000, 850 - FEE_KEPT, -600, 750};
        double[] startValue = {1000, 850, 1000, 1000};
        double[] notional = {5000, 5000, 2000, 4000}; // sum |q| S0
        assertEquals(expected.length, rows.size());
        for (int i = 0; i < rows.size(); i++) {
            CSVRecord row = rows.get(i);
            assertEquals(List.of(expected[i][0], expected[i][1]), List.of(row.get("account"), row.get("mode")));
            close(liquidation[i][0], row.get("liquidation_probability"));
            close(liquidation[i][1], row.get("ci_low"));
            close(liquidation[i][2], row.get("ci_high"));
            close(shortfall[i], row.get("mean_shortfall"));
            close(userLoss[i], row.get("mean_user_loss"));
            close(startValue[i % 4], row.get("start_value"));
            close(notional[i % 4], row.get("notional"));
            close(notional[i % 4] / startValue[i % 4], row.get("leverage"));
            assertEquals("USDT", row.get("collateral"));
        }
    }

    @Test
    void summaryJsonAggregatesTheIdenticalPathsAndComparesTheModes() throws IOException {
        JsonNode summary = Cli.summary(out);
        assertEquals(12, summary.get("steps").asInt()); // 1h / 5m
        JsonNode cross = summary.at("/modes/cross");
        JsonNode isolated = summary.at("/modes/isolated");
        close(1.0, cross.get("any_liquidation_probability"));
        close(2.0 / 4, cross.get("mean_account_liquidation_probability")); // DEEP and FEE of four
        close(3.0 / 4, isolated.get("mean_account_liquidation_probability")); // and PAIR
        close(2.0, cross.at("/liquidated_accounts/mean"));
        close(3.0, isolated.at("/liquidated_accounts/p99"));
        // all 40 paths equal: mean = VaR = ES = max, std error 0
        for (String key : List.of("mean", "var_95", "var_99", "var_999", "es_95", "es_99", "es_999", "max")) {
            close(DEEP_SHORTFALL, cross.at("/shortfall/" + key));
            close(DEEP_SHORTFALL + PAIR_SHORTFALL, isolated.at("/shortfall/" + key));
        }
        close(0.0, cross.at("/shortfall/std_error"));
        close(1.0, cross.at("/shortfall/probability_positive"));
        close(USER_LOSS_CROSS, cross.at("/user_loss/mean"));
        close(USER_LOSS_ISOLATED, isolated.at("/user_loss/es_99"));
        close(FEE_FEE, cross.at("/fees/mean"));
        close(DEEP_SHORTFALL - FUND_AFTER_STEP_3, cross.at("/socialised_loss/mean"));
        close(DEEP_SHORTFALL + PAIR_SHORTFALL - FUND_AFTER_STEP_3, isolated.at("/socialised_loss/max"));
        close(0.0, cross.at("/insurance_fund_end/p50"));
        close(1.0, isolated.get("insurance_fund_exhausted_probability"));
        assertEquals(PATHS, cross.at("/time_to_first_liquidation_hours/paths").asInt());
        close(0.25, cross.at("/time_to_first_liquidation_hours/mean"));
        // comparison: cross minus isolated, the same difference on every path
        JsonNode comparison = summary.get("comparison");
        close(-PAIR_SHORTFALL, comparison.at("/shortfall/mean"));
        close(0.0, comparison.at("/shortfall/probability_first_worse"));
        close(1.0, comparison.at("/shortfall/probability_second_worse"));
        close(-1.0, comparison.at("/liquidated_accounts/mean"));
        close(900 - 750, comparison.at("/user_loss/mean")); // PAIR loses 900 in cross, 750 isolated
        close(1.0, comparison.at("/user_loss/probability_first_worse"));
        close(-30 * S4, comparison.at("/liquidated_notional/mean"));
        close(0.0, comparison.at("/fund_exhausted/mean")); // exhausted in both
    }

    @Test
    void timeseriesFollowTheFundAndTheLiquidationsStepByStep() throws IOException {
        // 12 steps: stride max(1, 12 / 120) = 1, so all 13 steps are sampled, per mode
        List<CSVRecord> rows = Cli.rows(out.resolve("timeseries.csv"));
        assertEquals(2 * 13, rows.size());
        double[] fund = {100, 100, 100, FUND_AFTER_STEP_3, 0};
        double[] liquidatedCross = {0, 0, 0, 1, 2};
        for (int t = 0; t < fund.length; t++) {
            CSVRecord row = rows.get(t);
            assertEquals(List.of("cross", Integer.toString(t)), List.of(row.get("mode"), row.get("step")));
            close(fund[t], row.get("fund_p05"));
            close(fund[t], row.get("fund_p95"));
            close(liquidatedCross[t], row.get("liquidated_accounts_mean"));
        }
        close(3.0, rows.get(13 + 4).get("liquidated_accounts_mean")); // isolated, step 4
        // utilisation at t0: MM 0.01 (5000 + 5000 + 2000 + 3000 + 1000) = 160 over equity 1000 + 850 + 1000 + 1000
        close(160.0 / 3850, rows.get(0).get("utilisation_p50"));
        // step 12, cross: live SHORT (MM 0.01 * 20 * 70 = 14, equity 1600) and PAIR (MM 31, equity 100)
        close((14.0 + 31) / (1600 + 100), rows.get(12).get("utilisation_p50"));
    }

    @Test
    void priceFanShowsTheShockedAndTheUnshockedMarkets() throws IOException {
        List<CSVRecord> rows = Cli.rows(out.resolve("price_fan.csv"));
        assertEquals(3 * 13, rows.size()); // BTC, ETH, USDT in scenario order, 13 sampled steps each
        double[] btc = {100, 100, 100, S3, S4, S4, S4, S4, S4, S4, S4, S4, S4};
        for (int t = 0; t <= 12; t++) {
            assertEquals("BTC", rows.get(t).get("market"));
            close(btc[t], rows.get(t).get("p01"));
            close(btc[t], rows.get(t).get("p99"));
            close(100.0, rows.get(13 + t).get("p50"));
            close(1.0, rows.get(26 + t).get("p50"));
        }
        List<CSVRecord> shocks = Cli.rows(out.resolve("shocks.csv"));
        assertEquals(1, shocks.size());
        close(10.0 / 60, shocks.get(0).get("start_hours")); // row s0 = 2, 10 minutes
        close(20.0 / 60, shocks.get(0).get("end_hours")); // two steps later
        close(-0.3, shocks.get(0).get("move"));
    }

    private static void close(double expected, String actual) {
        close(expected, Double.parseDouble(actual), actual);
    }

    private static void close(double expected, JsonNode actual) {
        assertTrue(actual != null && actual.isNumber(), "expected a number, got " + actual);
        close(expected, actual.asDouble(), actual.toString());
    }

    /** Equal to 1e-9 relative (absolute 1e-9 around zero). */
    private static void close(double expected, double actual, String shown) {
        assertEquals(expected, actual, 1e-9 * Math.max(1.0, Math.abs(expected)), "got " + shown);
    }
}
